# audit: _http_client.js L442-448 ondrain + net.Socket: a body written before the socket connected (write() -> false) is followed by 'drain' once the socket flushed it
from conformance.trace import log
from node_http_agent import http, process, timers


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

        def nodrain():
            log('no drain')
            req.on('error', lambda *a: None)
            req.destroy()
            server.closeAllConnections()
            server.close()
        fallback = timers.setTimeout(nodrain, 2000)
        ok = req.write(bytes(100000))
        log('write', ok, req.writableNeedDrain)

        def ondrain():
            timers.clearTimeout(fallback)
            log('drain')
            req.end()
        req.on('drain', ondrain)

        def onresponse(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: log('body', d))
            res.on('end', lambda: server.close())
        req.on('response', onresponse)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
