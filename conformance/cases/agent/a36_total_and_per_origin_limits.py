# catalogue 36 - test-http-agent-maxtotalsockets.js: active sockets stay <= maxTotalSockets across origins and <= maxSockets per origin; all queues drain
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process

maxTotalSockets = 2
maxSockets = 3


def main():
    agent = http.Agent({'keepAlive': True, 'keepAliveMsecs': 1000, 'maxTotalSockets': maxTotalSockets, 'maxSockets': maxSockets, 'maxFreeSockets': 3})
    handled = 0

    def handle(req, res):
        nonlocal handled
        handled += 1
        res.end('hello world')
    server = http.createServer(handle)
    server2 = http.createServer(handle)

    done = 0
    perOriginOk = True
    totalOk = True

    def getTotalSocketsCount():
        num = 0
        for key in list(agent.sockets.keys()):
            num += len(agent.sockets[key])
        return num

    def getRequestCount():
        num = 0
        for key in list(agent.requests.keys()):
            num += len(agent.requests[key])
        return num

    def handler(s):
        def onresponse(res):
            res.resume()

            def onend():
                nonlocal done, perOriginOk, totalOk
                for key in list(agent.sockets.keys()):
                    if len(agent.sockets[key]) > maxSockets:
                        perOriginOk = False
                if getTotalSocketsCount() > maxTotalSockets:
                    totalOk = False
                done += 1
                if done == 12:
                    log('responses', done, 'server handled', handled, 'per origin <= maxSockets', perOriginOk,
                        'active total <= maxTotalSockets', totalOk, 'queued requests left', getRequestCount())
                    agent.destroy()
                    server.close()
                    server2.close()
            res.on('end', onend)
        for i in range(6):
            http.get({'host': '127.0.0.1', 'port': s.address()['port'], 'agent': agent, 'path': f'/{i}'}, onresponse)

    def both():
        handler(server)
        handler(server2)
        log('after 12 requests issued: active', getTotalSocketsCount(), 'queued', getRequestCount(), 'totalSocketCount', agent.totalSocketCount)
    server.listen(0, '127.0.0.1', lambda: server2.listen(0, '127.0.0.1', both))


process.run(main)
