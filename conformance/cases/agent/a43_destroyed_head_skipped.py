# catalogue 43 - test-http-agent-timeout.js (block 3): a destroyed socket at the head of the free list is skipped; socket.destroy() in 'free' then http.get gets a new socket
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: res.end())
    connections = 0

    def onconnection(*_):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True})
        socket = None

        def onresponse(res):
            nonlocal socket
            socket = res.socket
            res.resume()

            def onfree():
                log("'free': pooled", P(agent.freeSockets))
                socket.destroy()
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})
                log('after destroy + http.get: freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets),
                    'total', agent.totalSocketCount, 'reusedSocket', req.reusedSocket)

                def onresponse2(res2):
                    log('response', res2.statusCode, 'new socket', res2.socket is not socket, 'old destroyed', socket.destroyed, 'connections', connections)
                    res2.resume()

                    def onend():
                        agent.destroy()
                        server.close()
                    res2.on('end', onend)
                req.on('response', onresponse2)
            socket.on('free', onfree)
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}).on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
