# catalogue 60 - probe p10: the default reuseSocket removes the free-socket 'error' listener and refs the socket again (the reused socket alone keeps the process alive)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, net, process, timers


def main():
    # A raw server that keeps nothing alive: its connections and its timer are unref'd.
    n = 0

    def onconnection(sock):
        sock.unref()

        def ondata(*args):
            nonlocal n
            n += 1
            body = f'r{n}'

            def reply():
                sock.write(f'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{body}')
            if n == 1:
                reply()
            else:
                timers.setTimeout(reply, 100).unref()
        sock.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})
        reuseSocket = agent.reuseSocket

        def myReuseSocket(socket, req):
            log('reuseSocket: error listeners before', socket.listenerCount('error'))
            reuseSocket(socket, req)
            log('reuseSocket: error listeners after', socket.listenerCount('error'), 'reusedSocket', req.reusedSocket)
        agent.reuseSocket = myReuseSocket

        def onresponse(res):
            res.resume()

            def later():
                socket = list(agent.freeSockets.values())[0][0]
                log('pooled socket: error listeners', socket.listenerCount('error'))
                server.close()

                def onresponse2(res):
                    body = ''

                    def ondata(d):
                        nonlocal body
                        body += d.decode()
                    res.on('data', ondata)

                    def onend():
                        log('second response', body, 'same socket', req.socket is socket)
                        agent.destroy()
                    res.on('end', onend)
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse2)
                req.on('socket', lambda s: log('in use: error listeners', s.listenerCount('error')))
            res.on('end', lambda: timers.setImmediate(later))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
log('exit')
