# catalogue 89 - probe p17, test-https-agent-additional-options.js: agent 'free' receives (socket, options) where options are the merged connect options
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        sock = None

        def onfree(socket, options, *rest):
            log("agent 'free': socket is a net.Socket", isinstance(socket, net.Socket), 'is the request socket', socket is sock, 'extra args', len(rest))
            log('options keys', sorted(options.keys()))
            log('host', options['host'], 'port is the port', options['port'] == port, 'path', options['path'], 'agent is the agent', options['agent'] is agent,
                '_agentKey', options['_agentKey'].replace(str(port), 'PORT'), 'servername', [options['servername']], 'encoding', options['encoding'],
                'keepAlive', options['keepAlive'], 'keepAliveInitialDelay', options['keepAliveInitialDelay'], 'noDelay', options['noDelay'])
            agent.destroy()
            server.close()
        agent.on('free', onfree)
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/p'}, lambda res: res.resume())

        def onsocket(s):
            nonlocal sock
            sock = s
        req.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
