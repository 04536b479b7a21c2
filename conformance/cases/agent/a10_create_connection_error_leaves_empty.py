# catalogue 10 - when createConnection fails via its callback, sockets[name] = [] is left behind; the request gets the error then 'close' (probe p13, test-http-createConnection.js)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


class FailingAgent(http.Agent):
    def createConnection(self, options, cb=None):
        process.nextTick(cb, Exception('Could not create socket'))


def main():
    connections = 0
    server = http.createServer(lambda req, res: res.end('ok'))

    def onconnection(socket):
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
        agent = FailingAgent({'keepAlive': True})
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, lambda res: log('unexpected response'))
        log('after http.get: sockets', P(agent.sockets), 'total', agent.totalSocketCount)
        req.on('error', lambda e: log("req 'error'", str(e), 'sockets', P(agent.sockets), 'total', agent.totalSocketCount))

        def onclose():
            log("req 'close' destroyed", req.destroyed, 'sockets', P(agent.sockets), 'requests', P(agent.requests), 'connections', connections)
            server.close()
        req.on('close', onclose)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
