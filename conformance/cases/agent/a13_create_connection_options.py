# catalogue 13 - createConnection options carry _agentKey === getName(opts), encoding null, noDelay true, path null, the computed servername ('' for IP hosts, else from the Host header) (probe p13, p17)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers

seen = []


class SpyAgent(http.Agent):
    def createConnection(self, options, cb=None):
        seen.append(options)
        return super().createConnection(options, cb)


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']

        def R(s):
            return s.replace(str(port), 'PORT') if isinstance(s, str) else s

        def show(label, o, agent):
            log(label, 'keys', list(o.keys()))
            log(label, 'host', o.get('host'), 'port is server port', o.get('port') == port, 'path', o.get('path'), 'noDelay', o.get('noDelay'), 'encoding', o.get('encoding'))
            log(label, 'servername', o.get('servername'), '_agentKey', R(o.get('_agentKey')), '=== getName(options)', o.get('_agentKey') == agent.getName(o))
            log(label, 'agent is the agent', o.get('agent') is agent)
        # One fresh agent per request, so that each request opens a new socket.
        requests = [
            ['plain', {'host': '127.0.0.1', 'port': port}],
            ['Host header', {'host': '127.0.0.1', 'port': port, 'path': '/h', 'headers': {'host': 'example.test:1234'}}],
            ['servername given', {'host': '127.0.0.1', 'port': port, 'servername': 'given.test'}],
            ['localAddress', {'host': '127.0.0.1', 'port': port, 'localAddress': '127.0.0.1'}],
        ]

        def next(i):
            if i == len(requests):
                server.close()
                return
            label, opts = requests[i]
            agent = SpyAgent({'keepAlive': True})
            opts['agent'] = agent

            def onresponse(res):
                show(label, seen[i], agent)
                res.resume()

                def onend():
                    agent.destroy()
                    timers.setImmediate(next, i + 1)
                res.on('end', onend)
            http.get(opts, onresponse)
        next(0)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
