# catalogue 52 - test-http-client-keep-alive-hint.js, probe p09: 'Keep-Alive: timeout=1' leaves no time after the 1 s buffer, so keepSocketAlive returns false and the socket is destroyed
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    # A raw server: one canned response per connection.
    def onconnection(sock):
        sock.once('data', lambda *a: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\nKeep-Alive: timeout=1\r\n\r\nok'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True, 'timeout': 7000})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        keepSocketAlive = agent.keepSocketAlive

        def wrapped(socket):
            result = keepSocketAlive(socket)
            log('keepSocketAlive returned', result)
            return result
        agent.keepSocketAlive = wrapped

        def onresponse(res):
            res.resume()

            def later():
                log('shouldKeepAlive', req.shouldKeepAlive, 'socket destroyed', req.socket.destroyed, 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount)
                agent.destroy()
                server.close()
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
