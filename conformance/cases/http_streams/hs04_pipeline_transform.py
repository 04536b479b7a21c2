# issue 12: stream.pipeline(res, Transform, Writable, cb) on a response; and a failing Transform destroys res
from conformance.trace import log
from node_http_agent import http, process
from node_http_agent.stream import Transform, Writable, pipeline
from node_http_agent.timers import setTimeout


def main():
    def onrequest(req, res):
        res.write('hello ')
        setTimeout(lambda: res.end('world'), 10)
    server = http.createServer(onrequest)

    def onlisten():
        port = server.address()['port']

        def onresponse(res):
            out = ''

            def upper(chunk, enc, cb):
                cb(None, chunk.decode().upper())

            def collect(chunk, enc, cb):
                nonlocal out
                out += chunk.decode()
                cb()

            def done(err=None, *_):
                log('pipeline done', err, out)

                def onresponse2(res2):
                    res2.on('close', lambda: log('res2 close, destroyed', res2.destroyed))

                    def fail(chunk, enc, cb):
                        cb(Exception('boom'))

                    def done2(err2=None, *_):
                        log('pipeline 2 error', str(err2))
                        server.close()
                    pipeline(res2, Transform({'transform': fail}),
                             Writable({'write': lambda chunk, enc, cb: cb()}), done2)
                http.get({'port': port, 'host': '127.0.0.1'}, onresponse2)
            pipeline(res, Transform({'transform': upper}), Writable({'write': collect}), done)
        http.get({'port': port, 'host': '127.0.0.1'}, onresponse)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
