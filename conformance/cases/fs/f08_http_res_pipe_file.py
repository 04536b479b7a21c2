# issue 12 item 4: res.pipe(fs.createWriteStream(p)) over real http on 127.0.0.1: a 300 KB chunked body lands in the file, events of res and the file stream, then the file is served back with fs.createReadStream(p).pipe(res)
from conformance.trace import log
from node_http_agent import fs, http, process
from node_http_agent.timers import setTimeout


def main():
    p = 'f08.tmp'
    body = (b'xyz' * 100000)[:300000]

    def onrequest(req, res):
        if req.url == '/file':
            res.setHeader('content-length', len(fs.readFileSync(p)))
            fs.createReadStream(p).pipe(res)
            return
        res.write(body[0:100000])
        setTimeout(lambda: res.end(body[100000:]), 5)
    server = http.createServer(onrequest)

    def onlisten():
        port = server.address()['port']

        def onresponse(res):
            file = fs.createWriteStream(p)
            file.on('open', lambda *_: log('file open'))
            res.on('end', lambda: log('res end', res.complete))
            file.on('finish', lambda: log('file finish', file.bytesWritten))

            def onclose():
                log('file close', fs.readFileSync(p) == body)

                def onresponse2(res2):
                    n = 0

                    def ondata(c):
                        nonlocal n
                        n += len(c)

                    def onend():
                        log('served back', res2.headers['content-length'], n)
                        fs.unlinkSync(p)
                        server.close()
                    res2.on('data', ondata)
                    res2.on('end', onend)
                http.get({'port': port, 'host': '127.0.0.1', 'path': '/file'}, onresponse2)
            file.on('close', onclose)
            log('pipe', res.pipe(file) is file, res.statusCode)
        http.get({'port': port, 'host': '127.0.0.1'}, onresponse)
    server.listen(0, '127.0.0.1', onlisten)


process.run(main)
