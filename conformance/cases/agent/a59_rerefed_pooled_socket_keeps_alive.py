# catalogue 59, 60 - probe p15: a pooled socket that is ref'd again keeps the process alive (an unref'd timer still gets to run)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    # A raw server whose connections do not keep the process alive.
    def onconnection(sock):
        sock.unref()
        sock.on('data', lambda *a: sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def onresponse(res):
            res.resume()

            def onend():
                server.close()

                def later():
                    socket = list(agent.freeSockets.values())[0][0]
                    socket.ref()
                    log('pooled socket ref\'d again')

                    # Runs only if the ref'd socket keeps the process alive.
                    def check():
                        log('still alive 100 ms later; free sockets', len(list(agent.freeSockets.values())[0]))
                        agent.destroy()
                    timers.setTimeout(check, 100).unref()
                timers.setImmediate(later)
            res.on('end', onend)
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
log('exit')
