# issue 12 item 4: fs.createReadStream events in order, chunk sizes with highWaterMark, fd/bytesRead/pending at each event
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f01.tmp'
    fs.writeFileSync(p, 'x' * 10000)
    r = fs.createReadStream(p, {'highWaterMark': 4096})
    log('created', r.path, r.fd, r.pending, r.bytesRead, r.readableHighWaterMark, r.autoClose)
    r.on('open', lambda fd: log('open', 'number' if isinstance(fd, int) else type(fd).__name__,
                                fd == r.fd, r.pending))
    r.on('ready', lambda: log('ready', r.bytesRead))
    r.on('data', lambda chunk: log('data', len(chunk), r.bytesRead))
    r.on('end', lambda: log('end', r.bytesRead, r.fd is None, r.destroyed))

    def onclose():
        log('close', r.fd, r.pending, r.destroyed, r.closed)
        big = fs.createReadStream(p)
        sizes = []
        big.on('data', lambda chunk: sizes.append(len(chunk)))

        def onbigclose():
            log('default hwm sizes', sizes, big.readableHighWaterMark)
            fs.unlinkSync(p)
            log('exists after unlink', fs.existsSync(p))
        big.on('close', onbigclose)
    r.on('close', onclose)


process.run(main)
