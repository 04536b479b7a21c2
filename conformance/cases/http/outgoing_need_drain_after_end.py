# audit: _http_outgoing.js L846-851 writableNeedDrain is !destroyed && !finished && kNeedDrain; L442-448 (client ondrain) emits 'drain' only while !msg.finished
from conformance.trace import log
from node_http_agent import http, process


def main():
    def handler(req, res):
        n = [0]

        def ondata(d):
            n[0] += len(d)
        req.on('data', ondata)
        req.on('end', lambda: res.end(str(n[0])))
    server = http.createServer(handler)

    def onlistening():
        req = http.request({
            'port': server.address()['port'], 'host': '127.0.0.1', 'method': 'POST', 'agent': False,
        })
        ok = req.write(bytes(100000))
        log('write', ok, req.writableNeedDrain)
        req.end()
        log('after end', req.writableNeedDrain)
        req.on('drain', lambda: log('drain (not expected after end)'))

        def onresponse(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: log('body', d))

            def onend():
                log('end')
                server.close()
            res.on('end', onend)
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
