# test-http-client-aborted-event.js, _http_client.js socketCloseListener: a response cut off mid-body emits res 'aborted', res 'error' ECONNRESET 'aborted', then 'close'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    # A raw server: promise 10 bytes, send 3, then reset the connection when told.
    def onconnection(sock):
        sock.once('data', lambda d: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'))
        server.once('cut', lambda: sock.destroy())
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False})
        req.on('error', lambda err: log('req error (not expected)', err.code))
        req.on('close', lambda: log('req close'))

        def onresponse(res):
            log('response', res.statusCode)

            def ondata(d):
                log('data', d.decode())
                server.emit('cut')
            res.on('data', ondata)
            res.on('aborted', lambda: log('res aborted', res.aborted, 'complete', res.complete))
            res.on('error', lambda err: log('res error', err.code, str(err)))
            res.on('end', lambda: log('res end (not expected)'))

            def onclose():
                log('res close', 'destroyed', res.destroyed)
                server.close()
            res.on('close', onclose)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
