# audit: _http_outgoing.js L887-896, L927-938 and L1078-1080: strictContentLength checks every write after the header is stored, and end(), with ERR_HTTP_CONTENT_LENGTH_MISMATCH
from conformance.trace import log
from node_http_agent import http, process


def main():
    req = http.request({'host': '127.0.0.1', 'port': 1, 'method': 'POST', 'agent': False})
    req.on('error', lambda *a: None)
    req.strictContentLength = True
    req.setHeader('Content-Length', 5)
    for step in [lambda: req.write('abcdefgh'), lambda: req.write('abc'),
                 lambda: req.end('x'), lambda: req.end()]:
        try:
            step()
            log('ok')
        except Exception as e:
            log(e.code, str(e))
    req.destroy()


process.run(main)
