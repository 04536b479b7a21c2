# audit: net.js L2006-2125 Server.listen: options without port/path -> ERR_INVALID_ARG_VALUE('must have the property "port" or "path"'); a non-number/string port (listen(true)) -> ERR_INVALID_ARG_VALUE
from conformance.trace import log
from node_http_agent import net, process


def main():
    s = net.createServer()
    for args in [[{'host': '127.0.0.1'}], [True], [{'port': 1.5}]]:
        try:
            s.listen(*args)
            log('accepted')
            s.close()
        except Exception as e:
            log(e.code, str(e))


process.run(main)
