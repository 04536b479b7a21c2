# audit: _http_server.js L585-599 closeIdleConnections uses the ConnectionsList's idle() (no message started): a connection that sent part of a request head is not idle
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    def handler(req, res):
        log('request', req.url)
        res.end('ok')
    server = http.createServer(handler)

    def onlistening():
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        got = ['']

        def ondata(d):
            got[0] += d.decode('latin-1')
        c.on('data', ondata)

        def onconnect():
            c.write('GET /partial HTTP/1.1\r\nHost: x\r\n')

            def first():
                server.closeIdleConnections()
                log('closeIdleConnections called')

                def second():
                    log('still open', not c.destroyed)
                    c.end('\r\n')
                timers.setTimeout(second, 100)
            timers.setTimeout(first, 100)
        c.on('connect', onconnect)

        def onend():
            log('client got', got[0].split('\r\n')[0])
            server.close()
        c.on('end', onend)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
