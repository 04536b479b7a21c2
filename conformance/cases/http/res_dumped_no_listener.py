# catalogue 80 - _http_client.js parserOnIncomingClient: a response with no 'response' listener is dumped and its socket goes back to the agent
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process
from node_http_agent.timers import setImmediate


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello'))
    server = net.createServer(onconnection)

    agent = http.Agent({'keepAlive': True})

    def onlistening():
        port = server.address()['port']
        req = http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': agent})
        req.on('close', lambda: log('req close'))

        def onfree(*args):
            log('free: freeSockets', [len(lst) for lst in agent.freeSockets.values()],
                'sockets', len(agent.sockets.keys()), 'total', agent.totalSocketCount)
            log('req.res dumped', req.res._dumped, 'complete', req.res.complete)

            def later():
                agent.destroy()
                server.close()
            setImmediate(later)
        agent.on('free', onfree)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
