# catalogue 74 - test-http-client-abort-keep-alive-queued-tcp-socket.js: aborting a queued request creates no extra socket (one socket for three requests with maxSockets 1)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process

socketsCreated = 0


class Agent(http.Agent):
    def createConnection(self, options, oncreate=None):
        global socketsCreated
        socket = super().createConnection(options, oncreate)
        socketsCreated += 1
        return socket


def main():
    server = http.createServer(lambda req, res: res.end())

    def onlistening():
        port = server.address()['port']
        agent = Agent({
            'keepAlive': True,
            'maxSockets': 1,
        })

        http.get({'agent': agent, 'host': '127.0.0.1', 'port': port}, lambda res: res.resume())

        req = http.get({'agent': agent, 'host': '127.0.0.1', 'port': port}, lambda res: log('aborted request got a response?!'))
        req.abort()

        def onresponse(res):
            res.resume()
            log('third response: socketsCreated', socketsCreated)
            agent.destroy()
            server.close()
        http.get({'agent': agent, 'host': '127.0.0.1', 'port': port}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
