# audit: _http_incoming.js L229-237 _destroy waits with finished(socket) (eos sees a destroyed net.Socket as closed on the next tick), not for the socket's 'close': res 'close' precedes req 'close'
from conformance.trace import log
from node_http_agent import http, process


def main():
    agent = http.Agent({'keepAlive': True})

    def handler(req, res):
        res.writeHead(200, {'Content-Length': 10})
        res.write('abc')
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            def ondata(d):
                log('data', d.decode())
                res.destroy()
                log('destroyed', res.destroyed, req.destroyed, res.socket.destroyed)
            res.on('data', ondata)
            res.on('aborted', lambda: log('res aborted'))
            res.on('error', lambda e: log('res error', e.code, str(e)))
            res.on('end', lambda: log('res end'))
            res.on('close', lambda: log('res close', len(agent.sockets)))
        req = http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': agent}, onresponse)
        req.on('error', lambda e: log('req error', e.code))

        def onclose():
            log('req close', len(agent.sockets))
            agent.destroy()
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
