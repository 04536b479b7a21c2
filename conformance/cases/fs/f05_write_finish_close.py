# issue 12 item 4: fs.createWriteStream events (open, ready, finish, close), write() return values and 'drain' with a small highWaterMark, bytesWritten, end(cb), file content
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f05.tmp'
    w = fs.createWriteStream(p, {'highWaterMark': 8})
    log('created', w.path, w.fd, w.pending, w.bytesWritten, w.writableHighWaterMark, w.autoClose,
        w.flags, w.mode)
    w.on('open', lambda fd: log('open', 'number' if isinstance(fd, int) else None, w.pending))
    w.on('ready', lambda: log('ready'))
    w.on('drain', lambda: log('drain', w.bytesWritten, w.writableLength))
    w.on('finish', lambda: log('finish', w.bytesWritten, w.writableFinished, w.fd is not None))

    def onclose():
        log('close', w.bytesWritten, w.fd, w.pending, w.destroyed, w.closed)
        log('content', fs.readFileSync(p, 'utf8'))
        w2 = fs.createWriteStream(p, 'hex')
        w2.write('414243')
        w2.end(b'!')

        def onclose2():
            log('hex content', fs.readFileSync(p, 'latin1'), w2.bytesWritten)
            fs.unlinkSync(p)
        w2.on('close', onclose2)
    w.on('close', onclose)
    log('w1', w.write('hello', lambda err=None: log('cb1', err)), w.writableLength)
    log('w2', w.write(' world', lambda err=None: log('cb2', err)), w.writableLength,
        w.writableNeedDrain)
    log('w3', w.write(b'!!'), w.writableLength)
    w.end('\n', lambda *_: log('end cb', w.bytesWritten))
    log('ended', w.writableEnded, w.writable)


process.run(main)
