# catalogue 24 - test-http-should-keep-alive.js: the server's response decides reuse (HTTP/1.0 with/without keep-alive, HTTP/1.1 default/keep-alive/chunked/close/EOF body) (probe p09)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers

RESPONSES = [
    'HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n',
    'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
    'HTTP/1.1 200 ok\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    'HTTP/1.1 200 ok\r\n\r\nbody-until-close',
]


def main():
    i = 0

    # A raw server: answer the first request on each connection with RESPONSES[i].
    def onconnection(sock):
        sock.on('error', lambda *_: None)

        def ondata(*_):
            r = RESPONSES[i]
            sock.write(r)
            if r.endswith('body-until-close'):
                sock.end()
        sock.once('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def next():
            nonlocal i
            if i == len(RESPONSES):
                server.close()
                return
            label = ' | '.join(RESPONSES[i].split('\r\n')[0:3])
            agent = http.Agent({'keepAlive': True})
            name = agent.getName({'host': '127.0.0.1', 'port': port})
            sock = None
            closed = False

            def onresponse(res):
                res.resume()

                def later():
                    pooled = len(agent.freeSockets.get(name) or []) == 1

                    def report():
                        nonlocal i
                        log(label, '-> shouldKeepAlive', req.shouldKeepAlive, 'pooled', pooled, 'socket destroyed', sock.destroyed,
                            'total', agent.totalSocketCount)
                        agent.destroy()
                        i += 1
                        next()
                    # A socket that is not pooled is destroyed: wait for its 'close'.
                    if pooled or closed:
                        report()
                    else:
                        sock.once('close', lambda *_: timers.setImmediate(report))
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)

            def onsocket(s):
                nonlocal sock

                def onclose(*_):
                    nonlocal closed
                    closed = True
                sock = s
                s.on('close', onclose)
            req.on('socket', onsocket)
        next()
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
