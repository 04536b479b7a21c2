# issue 12 item 4: stream.pipeline(readStream, Transform, writeStream, cb) and stream.promises.pipeline; a failing Transform destroys both files' streams and the callback gets its error
from conformance.trace import log
from node_http_agent import fs, process, stream
from node_http_agent.stream import Transform, pipeline


def main():
    src = 'f07-src.tmp'
    dst = 'f07-dst.tmp'
    fs.writeFileSync(src, 'hello pipeline\n' * 1000)

    def upper():
        return Transform({'transform': lambda chunk, enc, cb: cb(None, chunk.decode().upper())})
    r = fs.createReadStream(src, {'highWaterMark': 1000})
    w = fs.createWriteStream(dst)
    finished = []
    w.on('finish', lambda: finished.append(True))

    def done(err=None, *_):
        log('pipeline cb', err, bool(finished), w.bytesWritten, r.bytesRead, r.destroyed, w.destroyed)
        out = fs.readFileSync(dst, 'utf8')
        log('content', len(out), out[0:14])
        r2 = fs.createReadStream(src, {'highWaterMark': 100})
        w2 = fs.createWriteStream(dst)
        n = 0

        def transform(chunk, enc, cb):
            nonlocal n
            n += 1
            if n == 3:
                cb(Exception('boom'))
            else:
                cb(None, chunk)
        failing = Transform({'transform': transform})

        def done2(err2=None, *_):
            log('pipeline 2 cb', str(err2), r2.destroyed, w2.destroyed, n)

            def onw2close():
                log('w2 close', w2.bytesWritten <= 200, w2.bytesWritten % 100)

                async def third():
                    await stream.promises.pipeline(fs.createReadStream(src), upper(),
                                                   fs.createWriteStream(dst))
                    log('promises.pipeline', len(fs.readFileSync(dst, 'utf8')))
                    fs.unlinkSync(src)
                    fs.unlinkSync(dst)
                import asyncio
                asyncio.ensure_future(third())
            w2.on('close', onw2close)
        pipeline(r2, failing, w2, done2)
    pipeline(r, upper(), w, done)


process.run(main)
