# issue 12 item 4: ENOENT/EISDIR as Node's uv errors (message, errno, code, syscall, path) on a read stream, a write stream with pending writes, and readFileSync/unlinkSync
from conformance.trace import log
from node_http_agent import fs, process


def shape(e):
    return [str(e), e.errno, e.code, e.syscall, e.path, isinstance(e, Exception)]


def main():
    r = fs.createReadStream('f04-missing.tmp')
    r.on('open', lambda *_: log('r open'))
    r.on('error', lambda e: log('r error', shape(e), r.destroyed))

    def onrclose():
        log('r close', r.fd, r.pending)
        w = fs.createWriteStream('f04-missing-dir/x.tmp')
        for ev in ['open', 'ready', 'finish']:
            w.on(ev, lambda *_, ev=ev: log('w', ev))
        log('w write', w.write('abc', lambda err: log('write cb', err.code)))
        w.end(lambda *_: log('w end cb'))
        w.on('error', lambda e: log('w error', shape(e), w.writable, w.destroyed))

        def onwclose():
            log('w close', w.bytesWritten)
            d = fs.createReadStream('.')
            d.on('open', lambda *_: log('d open'))
            d.on('error', lambda e: log('d error', shape(e)))

            def ondclose():
                log('d close')
                for f in [lambda: fs.readFileSync('f04-missing.tmp'), lambda: fs.readFileSync('.'),
                          lambda: fs.unlinkSync('f04-missing.tmp'),
                          lambda: fs.writeFileSync('f04-missing-dir/x', 'a')]:
                    try:
                        f()
                    except Exception as e:
                        log('sync', shape(e))
            d.on('close', ondclose)
            d.resume()
        w.on('close', onwclose)
    r.on('close', onrclose)


process.run(main)
