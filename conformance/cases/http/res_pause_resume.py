# stream pause()/resume() on IncomingMessage: a paused response emits no 'data' until resume()
from conformance.trace import log
from node_http_agent import http, net, process
from node_http_agent.timers import setTimeout


def main():
    def onconnection(sock):
        sock.once('data', lambda d: sock.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello'))
    server = net.createServer(onconnection)

    def onlistening():
        port = server.address()['port']

        def onresponse(res):
            res.pause()
            log('isPaused', res.isPaused())
            res.on('data', lambda d: log('data', d.decode()))

            def onend():
                log('end')
                server.close()
            res.on('end', onend)
            log('still paused after on("data")', res.isPaused())

            def later():
                log('resume')
                res.resume()
                log('isPaused', res.isPaused())
            setTimeout(later, 50)
        http.get({'port': port, 'host': '127.0.0.1', 'path': '/', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
