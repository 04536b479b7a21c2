# issue 12 item 4: ReadStream destroy() mid-read waits for the read in flight then closes (close, no end), close(cb), destroy(err); WriteStream close(cb) ends it, destroy() with buffered writes
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f11.tmp'
    fs.writeFileSync(p, b'q' * 100000)
    r = fs.createReadStream(p, {'highWaterMark': 1000})
    n = 0

    def ondata(_):
        nonlocal n
        n += 1
        if n == 2:
            r.destroy()
            log('destroyed', r.destroyed, r.fd is not None)
    r.on('data', ondata)
    r.on('end', lambda: log('end (unexpected)'))

    def onrclose():
        log('r close', n, r.bytesRead, r.fd)
        r2 = fs.createReadStream(p)
        r2.on('open', lambda *_: r2.close(
            lambda err=None, *_: log('close cb', err and err.code, r2.destroyed, r2.fd)))

        def onr2close():
            r3 = fs.createReadStream(p)
            r3.on('error', lambda e: log('r3 error', str(e)))

            def onr3close():
                log('r3 close', r3.bytesRead)
                w = fs.createWriteStream(p)
                w.write('abc')

                def onwclose(err=None, *_):
                    log('w close cb', err and err.code, w.bytesWritten, fs.readFileSync(p, 'utf8'),
                        w.writableFinished)
                    w2 = fs.createWriteStream(p)

                    def onopen(*_):
                        w2.write('x', lambda err2=None: log('w2 write cb', err2 and err2.code))
                        w2.destroy()
                        log('w2 destroyed', w2.destroyed)
                    w2.on('open', onopen)
                    w2.on('finish', lambda: log('w2 finish (unexpected)'))

                    def onw2close():
                        log('w2 close', w2.fd)
                        fs.unlinkSync(p)
                    w2.on('close', onw2close)
                w.close(onwclose)
            r3.on('close', onr3close)
            r3.destroy(Exception('stop'))
        r2.on('close', onr2close)
    r.on('close', onrclose)


process.run(main)
