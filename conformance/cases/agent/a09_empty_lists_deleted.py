# catalogue 9 - test-http-client-agent.js, test-http-keep-alive.js: requests/sockets/freeSockets keys are deleted once their list is empty
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
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

        def st(label):
            log(label, 'requests', P(agent.requests), 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets))
        left = 2

        def get(p):
            def onresponse(res):
                st(p + ' response:')
                res.resume()

                def onend():
                    nonlocal left
                    left -= 1
                    if left == 0:
                        timers.setImmediate(after)
                res.on('end', onend)
            http.get({'host': '127.0.0.1', 'port': port, 'path': p, 'agent': agent}, onresponse)
        for p in ['/1', '/2']:
            get(p)
        st('issued:')

        def after():
            st('all done:')
            s = agent.freeSockets[agent.getName({'host': '127.0.0.1', 'port': port})][0]

            def onclose(*_):
                def report():
                    st('after agent.destroy() and close:')
                    server.close()
                timers.setImmediate(report)
            s.on('close', onclose)
            agent.destroy()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
