# catalogue 64 - test-http-agent-destroyed-socket.js, probe p14 C: when the active socket dies while a request is queued, the agent opens a fresh socket for the queue head
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0
    urls = []

    def handler(req, res):
        urls.append(req.url)
        if req.url == '/die':
            req.socket.destroy()
            return
        timers.setTimeout(lambda: res.end(req.url), 30)
    server = http.createServer(handler)

    def onconnection(*args):
        nonlocal connections
        connections += 1
    server.on('connection', onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        r1 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/die'})
        r1.on('error', lambda e: log('r1 error', e.code, str(e), 'requests', sizes(agent.requests)))

        def onresponse(res):
            log('r2 response: requests', sizes(agent.requests), 'new socket', r2.socket is not r1.socket, 'reusedSocket', r2.reusedSocket)
            res.resume()

            def onend():
                log('server saw', urls, 'connections', connections)
                agent.destroy()
                server.close()
            res.on('end', onend)
        r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/after'}, onresponse)
        log('queued: sockets', sizes(agent.sockets), 'requests', sizes(agent.requests))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
