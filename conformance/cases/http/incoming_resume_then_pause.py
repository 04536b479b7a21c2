# audit: internal/streams/readable.js resume_() (scheduled by resume()) emits 'resume' and calls flow() even when pause() ran in between; the stream stays paused
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    def handler(req, res):
        req.on('resume', lambda: log('resume event'))
        req.on('pause', lambda: log('pause event'))
        req.resume()
        req.pause()
        log('flowing', req.readableFlowing, req.isPaused())

        def later():
            log('later flowing', req.readableFlowing)
            req.resume()

            def onend():
                log('end')
                res.end()
            req.on('end', onend)
        timers.setTimeout(later, 20)
    server = http.createServer(handler)

    def onlistening():
        def onresponse(res):
            res.resume()
            res.on('end', lambda: server.close())
        r = http.request({'port': server.address()['port'], 'host': '127.0.0.1', 'method': 'POST', 'agent': False}, onresponse)
        r.end('abc')
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
