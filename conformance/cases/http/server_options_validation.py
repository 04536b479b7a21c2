# audit: _http_server.js L525-532 Server(options): a non-function, non-null options must pass validateObject(options, 'options')
from conformance.trace import log
from node_http_agent import http, process


def main():
    for o in ['abc', 42, True, []]:
        try:
            http.createServer(o)
            log('accepted')
        except Exception as e:
            log(getattr(e, 'code', type(e).__name__), str(e))


process.run(main)
