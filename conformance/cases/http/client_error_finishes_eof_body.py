# audit: _http_client.js L507-511 socketErrorListener calls parser.finish() before freeParser: a read-until-close body completes ('end', complete) instead of 'aborted'
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(s):
        s.once('data', lambda *a: s.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody1'))
    server = net.createServer(onconnection)

    def onlistening():
        req = http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False})
        req.on('error', lambda e: log('req error', str(e)))

        def onresponse(res):
            def ondata(d):
                log('data', d.decode())
                res.socket.destroy(Exception('boom'))
            res.on('data', ondata)
            res.on('aborted', lambda: log('aborted'))
            res.on('end', lambda: log('end', res.complete))
            res.on('error', lambda e: log('res error', str(e)))

            def onclose():
                log('res close', res.complete, res.aborted)
                server.close()
            res.on('close', onclose)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
