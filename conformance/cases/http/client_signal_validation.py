# audit: _http_client.js L206-210 addAbortSignal(signal, this) (internal/streams/add-abort-signal.js): an invalid signal is ERR_INVALID_ARG_TYPE('signal', 'AbortSignal')
from conformance.trace import log
from node_http_agent import http, process


def main():
    for s in ['x', {}, 42]:
        try:
            r = http.request({'host': '127.0.0.1', 'port': 1, 'signal': s, 'agent': False})
            r.on('error', lambda *a: None)
            r.destroy()
            log('accepted')
        except Exception as e:
            log(e.code, str(e))


process.run(main)
