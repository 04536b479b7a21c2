# catalogue 65, 72 - test-http-agent-destroyed-socket.js (updated to Node 20's order): a socket destroyed after its response but before 'free' is not handed to the queued request, which gets a new socket
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        res.writeHead(200, {'Content-Type': 'text/plain'})
        res.end('Hello World\n')
    server = http.createServer(handler)

    def onlistening():
        agent = http.Agent({'maxSockets': 1})

        def onfree(socket, options):
            log('freeing socket. destroyed?', socket.destroyed)
        agent.on('free', onfree)

        requestOptions = {
            'agent': agent,
            'host': '127.0.0.1',
            'port': server.address()['port'],
            'path': '/',
        }

        def onresponse1(response):
            # request2 is queued in the agent
            key = agent.getName(requestOptions)
            log('got response1; queued', len(agent.requests[key]))
            request1.socket.on('close', lambda *a: log('request1 socket closed'))
            response.resume()

            def onend():
                log('response1 done')
                # Destroy the socket after its response, before 'free' hands it on.
                request1.socket.destroy()

                def onclose():
                    # Node 20: request2 waits for the destroyed socket's 'close' (removeSocket opens a new socket).
                    log('response1 close: request2 still queued', len(agent.requests.get(key) or []), 'request2.socket', request2.socket)
                response.once('close', onclose)
            response.on('end', onend)
        request1 = http.get(requestOptions, onresponse1)

        def onresponse2(response):
            log('got response2: socket destroyed', request2.socket.destroyed, 'request1 socket destroyed', request1.socket.destroyed, 'same socket', request1.socket is request2.socket)
            gotClose = False
            gotResponseEnd = False

            def onsocketclose(*args):
                nonlocal gotClose
                log('request2 socket closed')
                gotClose = True
                done()
            request2.socket.on('close', onsocketclose)
            response.resume()

            def onend():
                nonlocal gotResponseEnd
                log('response2 done')
                gotResponseEnd = True
                done()
            response.on('end', onend)

            def done():
                if gotResponseEnd and gotClose:
                    server.close()
        request2 = http.get(requestOptions, onresponse2)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
