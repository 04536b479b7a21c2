# catalogue 5 - 'socket' is always emitted asynchronously: req.socket is null right after http.get(), also when a pooled socket is reused (probe p04)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def get(tag, next):
            def onresponse(res):
                res.resume()
                res.on('end', lambda: timers.setImmediate(next))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            sync = True
            req.on('socket', lambda s: log(tag, "'socket' emitted synchronously", sync, 'req.socket is the socket', req.socket is s))
            log(tag, 'after http.get: req.socket is null', req.socket is None, 'reusedSocket', req.reusedSocket)
            process.nextTick(lambda: log(tag, 'first nextTick: req.socket is null', req.socket is None))
            sync = False

        def done():
            agent.destroy()
            server.close()
        get('new', lambda: get('reuse', done))
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
