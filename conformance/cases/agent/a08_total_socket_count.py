# catalogue 8 - totalSocketCount counts active plus free sockets, is unchanged when a socket moves into the pool, drops on 'agentRemove' and on 'close' (probe p04, p06, p10)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']

        def P(m):
            o = {}
            for k in list(m.keys()):
                o[k.replace(str(port), 'PORT')] = len(m[k])
            return o
        agent = http.Agent({'keepAlive': True})

        def st(label):
            log(label, 'total', agent.totalSocketCount, 'sockets', P(agent.sockets), 'free', P(agent.freeSockets))
        left = 2

        def onresponse(res):
            res.resume()

            def onend():
                nonlocal left
                left -= 1
                if left == 0:
                    timers.setImmediate(third)
            res.on('end', onend)
        for _i in range(2):
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
        st('two requests issued:')

        def third():
            st('both pooled:')
            removed = None

            def onresponse3(res):
                res.resume()

                def later():
                    st('after the response on the removed socket:')
                    removed.destroy()
                    pooled = list(agent.freeSockets[agent.getName({'host': '127.0.0.1', 'port': port})])
                    closed = 0

                    def onclose(*_):
                        nonlocal closed
                        closed += 1
                        if closed == len(pooled):
                            def report():
                                st('after agent.destroy() and every close:')
                                server.close()
                            timers.setImmediate(report)
                    for s in pooled:
                        s.on('close', onclose)
                    agent.destroy()
                    st('right after agent.destroy():')
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse3)
            st('third request reuses one:')

            def onsocket(s):
                nonlocal removed
                removed = s
                s.emit('agentRemove')
                st("after 'agentRemove' on the active socket:")
            req.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
