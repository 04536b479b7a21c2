# catalogue 69 - probe p19: agent.destroy() does not cancel queued requests; the active socket's 'close' makes removeSocket open a new socket and the queued request completes
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    connections = 0

    def handler(req, res):
        timers.setTimeout(lambda: res.end(req.url), 50)
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
        r1 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/1'}, lambda res: res.resume())
        r1.on('error', lambda e: log('r1 error', e.code, str(e), 'requests', sizes(agent.requests)))

        def onresponse(res):
            body = ''

            def ondata(d):
                nonlocal body
                body += d.decode()
            res.on('data', ondata)

            def onend():
                log('r2 (queued at destroy time) got', body, 'on a new socket', r2.socket is not r1.socket, 'connections', connections)
                agent.destroy()
                server.close()
            res.on('end', onend)
        r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/2'}, onresponse)

        def onconnect(*args):
            log('destroy() with requests', sizes(agent.requests), 'sockets', sizes(agent.sockets))
            agent.destroy()
            log('after destroy(): requests', sizes(agent.requests))
        r1.on('socket', lambda s: s.on('connect', onconnect))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
