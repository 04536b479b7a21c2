# test-http-client-abort-destroy.js: req.destroy(new Error('x')) emits that error, then 'close'
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = net.createServer(lambda sock: None)
    agent = http.Agent({'keepAlive': True})

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': agent})
        mine = Exception('x')
        req.on('socket', lambda s: log('socket (not expected)'))
        req.on('error', lambda err: log('error', err is mine, str(err), getattr(err, 'code', None)))

        def onclose():
            log('close')
            log('freeSockets', len(agent.freeSockets.keys()), 'sockets', len(agent.sockets.keys()),
                'total', agent.totalSocketCount)
            agent.destroy()
            server.close()
        req.on('close', onclose)
        req.destroy(mine)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
