# audit: _http_server.js L717 socket.on('drain', state.onDrain) and L758-774 socketOnDrain: a response whose write() returned false gets 'drain' once the socket drained
from conformance.trace import log
from node_http_agent import http, process, timers

chunk = b'a' * (1024 * 1024)
total = [0]


def main():
    def handler(req, res):
        writes = [0]

        def nodrain():
            log('no drain after', writes[0], 'writes')
            res.destroy()
            server.close()
        fallback = timers.setTimeout(nodrain, 3000)

        def pump():
            while writes[0] < 8:
                writes[0] += 1
                if not res.write(chunk):
                    res.once('drain', lambda: pump())
                    return
            timers.clearTimeout(fallback)
            res.end()
        pump()
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            # Read slowly at first so that the server's socket buffer fills up.
            res.pause()
            timers.setTimeout(lambda: res.resume(), 100)

            def ondata(d):
                total[0] += len(d)
            res.on('data', ondata)

            def onend():
                log('client got', total[0])
                server.close()
            res.on('end', onend)
            res.on('error', lambda *a: None)
        http.get({'port': server.address()['port'], 'host': '127.0.0.1', 'agent': False}, onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
