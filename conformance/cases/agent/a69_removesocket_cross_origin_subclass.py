# catalogue 69, 34, 35 - code [V20] removeSocket, probe p06: removeSocket (overridden in a subclass) is what opens a socket for a request queued at another origin, even past maxTotalSockets
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers

ports = []


def clean(k):
    for i, p in enumerate(ports):
        k = k.replace(str(p), 'A' if i == 0 else 'B')
    return k


def sizes(m):
    return {clean(k): len(v) for k, v in m.items()}


logging = True
calls = 0


class MyAgent(http.Agent):
    def removeSocket(self, socket, options):
        global calls
        calls += 1
        n = calls
        if logging:
            log(f'removeSocket #{n}: name', clean(self.getName(options)), 'socket destroyed', socket.destroyed, 'requests before', sizes(self.requests))
        super().removeSocket(socket, options)
        if logging:
            log(f'removeSocket #{n} done: sockets', sizes(self.sockets), 'free', sizes(self.freeSockets), 'requests', sizes(self.requests), 'total', self.totalSocketCount)


def main():
    serverA = http.createServer(lambda req, res: res.end('A'))
    serverB = http.createServer(lambda req, res: res.end('B'))

    def onlistening():
        global ports
        ports = [serverA.address()['port'], serverB.address()['port']]
        agent = MyAgent({'keepAlive': True, 'maxTotalSockets': 1})

        def onresponseA(res):
            res.resume()
            res.on('end', lambda: log('A end'))
        reqA = http.get({'host': '127.0.0.1', 'port': ports[0], 'agent': agent}, onresponseA)

        def onresponseB(res):
            log('B response: reusedSocket', reqB.reusedSocket)
            res.resume()

            def onend():
                log('B end')

                def later():
                    global logging
                    log('final: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount, 'removeSocket calls', calls)
                    logging = False
                    agent.destroy()
                    serverA.close()
                    serverB.close()
                timers.setTimeout(later, 30)
            res.on('end', onend)
        reqB = http.get({'host': '127.0.0.1', 'port': ports[1], 'agent': agent}, onresponseB)
        log('issued: sockets', sizes(agent.sockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount, 'A socket assigned later', reqA.socket is None)
    serverA.listen(0, '127.0.0.1', lambda: serverB.listen(0, '127.0.0.1', onlistening))


process.run(main)
