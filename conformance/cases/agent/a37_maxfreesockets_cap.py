# catalogue 37 - the idle pool per name is capped at maxFreeSockets: 4 concurrent requests with maxFreeSockets 2 leave 2 free and 2 destroyed (probe p07, test-http-agent-maxsockets.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('x'))

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True, 'maxFreeSockets': 2})
        socks = []
        ended = 0
        closed = 0
        reported = False

        def check():
            nonlocal reported
            if ended == 4 and closed == 2 and not reported:
                reported = True
                timers.setImmediate(report)

        def onresponse(res):
            res.resume()

            def onend():
                nonlocal ended
                ended += 1
                check()
            res.on('end', onend)

        def onsocket(s):
            socks.append(s)

            def onclose(*_):
                nonlocal closed
                closed += 1
                check()
            s.on('close', onclose)
        for _i in range(4):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            req.on('socket', onsocket)
        log('issued: sockets', P(agent.sockets), 'total', agent.totalSocketCount)

        def report():
            free = agent.freeSockets[agent.getName({'host': '127.0.0.1', 'port': port})]
            log('freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets), 'total', agent.totalSocketCount)
            log('destroyed sockets', len([s for s in socks if s.destroyed]), 'pooled sockets destroyed', len([s for s in free if s.destroyed]))
            agent.destroy()
            server.close()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
