# issue 12: a Readable piped into a ClientRequest, req.pipe(res) on the server, res.pipe(Writable) on the client
from conformance.trace import log
from node_http_agent import http, process
from node_http_agent.stream import Readable, Writable


def main():
    def onrequest(req, res):
        res.on('pipe', lambda *a: log('res got pipe'))
        req.on('end', lambda: log('server req end'))
        req.pipe(res)
    server = http.createServer(onrequest)

    def onlisten():
        def onresponse(res):
            chunks = []

            def write(chunk, enc, cb):
                chunks.append(chunk)
                cb()
            sink = Writable({'write': write})
            sink.on('pipe', lambda src: log('sink pipe from res', src is res))

            def onfinish():
                log('sink finish', b''.join(chunks).decode())
                server.close()
            sink.on('finish', onfinish)
            res.pipe(sink)
        req = http.request({'port': server.address()['port'], 'host': '127.0.0.1',
                            'method': 'POST'}, onresponse)
        req.on('pipe', lambda *a: log('req got pipe'))
        req.on('finish', lambda: log('req finish'))
        Readable.from_(['alpha-', 'beta-', 'gamma']).pipe(req)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
