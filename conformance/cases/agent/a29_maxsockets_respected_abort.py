# catalogue 29 - test-http-agent-maxsockets-respected.js: active sockets per origin never exceed maxSockets, even when requests are aborted after 'response'
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process

MAX_SOCKETS = 2


def main():
    agent = http.Agent({'keepAlive': True, 'keepAliveMsecs': 1000, 'maxSockets': MAX_SOCKETS, 'maxFreeSockets': 2})
    handled = 0

    def handler(req, res):
        nonlocal handled
        handled += 1
        res.end('hello world')
    server = http.createServer(handler)

    def onlistening():
        port = server.address()['port']
        responses = 0
        maxSeen = 0
        lengthsAtIssue = []

        def get():
            request = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/1'})
            lengthsAtIssue.append(len(agent.sockets[list(agent.sockets.keys())[0]]))
            request.on('error', lambda e: log('unexpected error', str(e)))

            def onresponse(*_):
                nonlocal responses, maxSeen
                request.abort()
                sockets = agent.sockets[list(agent.sockets.keys())[0]]
                maxSeen = max(maxSeen, len(sockets))
                responses += 1
                if responses == 6:
                    log('responses', responses, 'server handled', handled, 'most active sockets seen at a response', maxSeen,
                        'at most maxSockets', maxSeen <= MAX_SOCKETS)
                    server.close()
                    agent.destroy()
            request.on('response', onresponse)
        for _i in range(6):
            get()
        log('sockets[name].length after each http.get', lengthsAtIssue, 'queued', len(agent.requests[list(agent.requests.keys())[0]]))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
