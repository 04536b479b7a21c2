# catalogue 76 - test-http-client-abort-destroy.js: req.destroy() before the socket is assigned: 'error' ECONNRESET socket hang up, 'close', no 'socket'; the socket goes to the pool
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    def onconnection(sock):
        sock.on('data', lambda d: log('server got data (not expected)'))
    server = net.createServer(onconnection)
    agent = http.Agent({'keepAlive': True})

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': agent})
        req.on('socket', lambda s: log('socket (not expected)'))
        req.on('abort', lambda: log('abort (not expected)'))
        req.on('error', lambda err: log('error', err.code, str(err)))

        def onclose():
            log('close')
            log('freeSockets', [len(lst) for lst in agent.freeSockets.values()],
                'sockets', len(agent.sockets.keys()))
            agent.destroy()
            server.close()
        req.on('close', onclose)
        req.destroy()
        log('destroyed', req.destroyed, 'socket', req.socket is None)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
