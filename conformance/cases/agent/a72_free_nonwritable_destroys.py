# catalogue 72 - code [V20] 'free' handler, test-http-agent-destroyed-socket.js: a 'free' on a socket that is no longer writable destroys it instead of pooling it
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}

        def onfree(socket, *args):
            log("agent 'free' (after the internal handler): writable", socket.writable, 'destroyed', socket.destroyed, 'free', sizes(agent.freeSockets))
        agent.on('free', onfree)

        def onresponse(res):
            res.resume()

            def onend():
                # Half-close before the socket is freed (one tick after 'end').
                req.socket.end()
                log('after socket.end(): writable', req.socket.writable, 'destroyed', req.socket.destroyed)

                def later():
                    log('after close: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount)
                    agent.destroy()
                    server.close()
                req.socket.on('close', lambda *a: timers.setImmediate(later))
            res.on('end', onend)
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
