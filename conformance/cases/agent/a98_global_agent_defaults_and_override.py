# catalogue 98 - test-http-client-override-global-agent.js (probes p03, p19): http/https.globalAgent are keepAlive, lifo, timeout 5000; assigning http.globalAgent changes the default for later requests
# conformance: agent
from conformance.trace import log
from node_http_agent import http, https, process


def main():
    for label, agent in [['http', http.globalAgent], ['https', https.globalAgent]]:
        log(label, 'globalAgent: keepAlive', agent.keepAlive, 'scheduling', agent.scheduling, 'options', agent.options,
            'maxSockets', agent.maxSockets, 'maxFreeSockets', agent.maxFreeSockets, 'keepAliveMsecs', agent.keepAliveMsecs,
            'defaultPort', agent.defaultPort, 'protocol', agent.protocol)

    served = 0

    def handler(req, res):
        nonlocal served
        served += 1
        res.end()
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        old = http.globalAgent
        agent = http.Agent()
        http.globalAgent = agent
        log('http.globalAgent is the new agent', http.globalAgent is agent)

        def onresponse(res):
            log('request served', res.statusCode, 'served', served)
            res.resume()

            def onend():
                http.globalAgent = old
                server.close()
            res.on('end', onend)
        req = http.get({'host': '127.0.0.1', 'port': port}, onresponse)
        log('req.agent is the new agent', req.agent is agent, 'name in agent.sockets', agent.getName({'host': '127.0.0.1', 'port': port}) in agent.sockets, 'old agent sockets', len(old.sockets))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
