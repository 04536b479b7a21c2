# catalogue 59 - probes p07, p15: the default keepSocketAlive unrefs the socket, so a process whose only handle is a pooled socket exits by itself
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers

agent = None
port = None


def sizes(m):
    return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}


def main():
    # A raw server whose connections do not keep the process alive.
    def onconnection(sock):
        sock.unref()
        sock.on('data', lambda *a: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'))
    server = net.createServer(onconnection)

    def onlistening():
        global agent, port
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def onresponse(res):
            res.resume()

            def onend():
                server.close()
                timers.setImmediate(lambda: log('pooled: free', sizes(agent.freeSockets), 'total', agent.totalSocketCount))
            res.on('end', onend)
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)

    # This timer should never go off: nothing ref'd is left once the socket is pooled.
    timers.setTimeout(lambda: log('timer fired: still alive after 2 s'), 2000).unref()


process.run(main)
log('exit')
