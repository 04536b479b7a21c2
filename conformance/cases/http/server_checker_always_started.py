# audit: _http_server.js L502-515 setupConnectionsTracking starts the checker even when both timeouts are 0 (so timeouts set after createServer apply); L631-645 checkConnections -> 408
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    server = http.createServer({
        'headersTimeout': 0, 'requestTimeout': 0, 'connectionsCheckingInterval': 50,
    }, lambda *a: log('request (not expected)'))

    def onlistening():
        server.headersTimeout = 100
        server.requestTimeout = 100
        c = net.createConnection({'port': server.address()['port'], 'host': '127.0.0.1'})
        got = ['']

        def ondata(d):
            got[0] += d.decode('latin-1')
        c.on('data', ondata)
        c.on('connect', lambda: c.write('GET / HTTP/1.1\r\nHost: x\r\n'))

        def noanswer():
            log('no answer')
            c.destroy()
            server.close()
        fallback = timers.setTimeout(noanswer, 2000)

        def onend():
            timers.clearTimeout(fallback)
            log('client got', got[0].split('\r\n'))
            server.close()
        c.on('end', onend)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
