# catalogue 25 - test-http-keep-alive-close-on-header.js: a server sending Connection: close to a maxSockets:1 agent gets one connection per request; sockets[name].length stays 1
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    body = 'hello world\n'

    def handler(req, res):
        res.writeHead(200, {'Content-Length': len(body), 'Connection': 'close'})
        res.write(body)
        res.end()
    server = http.createServer(handler)
    connections = 0

    def onconnection(*_):
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
        agent = http.Agent({'maxSockets': 1})
        connectCount = 0

        def make(n):
            def onresponse(res):
                log('response', n, 'sockets', P(agent.sockets), 'requests', P(agent.requests), 'connects so far', connectCount)
                res.resume()
                if n == 3:
                    def report():
                        log('last socket closed: connects', connectCount, 'server connections', connections,
                            'sockets', P(agent.sockets), 'total', agent.totalSocketCount)
                        server.close()
                    request.socket.on('close', lambda *_: timers.setImmediate(report))
            request = http.request({
                'method': 'GET', 'path': '/', 'headers': {'connection': 'keep-alive'}, 'host': '127.0.0.1', 'port': port, 'agent': agent,
            }, onresponse)

            def onsocket(s):
                def onconnect(*_):
                    nonlocal connectCount
                    connectCount += 1
                s.on('connect', onconnect)
            request.on('socket', onsocket)
            request.end()
        for n in range(1, 4):
            make(n)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
