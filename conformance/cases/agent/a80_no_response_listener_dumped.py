# catalogue 80 - probe p12 E: without a 'response' listener the response is dumped and the socket is still freed into the pool
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    server = http.createServer(lambda req, res: res.end('a body nobody reads'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def sizes(m):
            return {k.replace(str(port), 'PORT'): len(v) for k, v in m.items()}
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})

        def onsocket(sock):
            def onfree(*args):
                log("no 'response' listener: socket freed; free", sizes(agent.freeSockets), 'sockets', sizes(agent.sockets))

                def onresponse(res):
                    body = ''

                    def ondata(d):
                        nonlocal body
                        body += d.decode()
                    res.on('data', ondata)

                    def onend():
                        log('next request reuses it', req2.reusedSocket, 'same socket', req2.socket is sock, 'body', body)
                        agent.destroy()
                        server.close()
                    res.on('end', onend)
                req2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            sock.once('free', onfree)
        req.on('socket', onsocket)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
