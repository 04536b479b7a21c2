# _http_client.js (options.signal): aborting while the body is arriving aborts the response
from conformance.trace import log
from node_http_agent import AbortController, http, net, process


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        controller = AbortController()
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False, 'signal': controller.signal})
        req.on('error', lambda err: log('req error', err.code, err.name))
        req.on('close', lambda: log('req close'))

        def onresponse(res):
            log('response', res.statusCode)

            def ondata(d):
                log('data', d.decode())
                controller.abort()
            res.on('data', ondata)
            res.on('aborted', lambda: log('res aborted'))
            res.on('error', lambda err: log('res error', err.code, err.name, str(err)))
            res.on('end', lambda: log('res end (not expected)'))

            def onclose():
                log('res close')
                server.close()
            res.on('close', onclose)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
