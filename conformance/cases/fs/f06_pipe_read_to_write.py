# issue 12 item 4: readStream.pipe(writeStream): events on both sides in order, 'pipe'/'unpipe', bytes copied, the read side's highWaterMark chunks
from conformance.trace import log
from node_http_agent import fs, process


def main():
    src = 'f06-src.tmp'
    dst = 'f06-dst.tmp'
    fs.writeFileSync(src, b'ab' * 100000)
    r = fs.createReadStream(src)
    w = fs.createWriteStream(dst)
    chunks = 0

    def ondata(_):
        nonlocal chunks
        chunks += 1
    r.on('data', ondata)
    r.on('end', lambda: log('r end', r.bytesRead, chunks))
    w.on('pipe', lambda s, *_: log('w pipe', s is r))
    w.on('unpipe', lambda s, *_: log('w unpipe', s is r))
    w.on('finish', lambda: log('w finish', w.bytesWritten))

    def onclose():
        log('w close', w.bytesWritten)
        out = fs.readFileSync(dst)
        log('same', out == fs.readFileSync(src), len(out))
        fs.unlinkSync(src)
        fs.unlinkSync(dst)
    w.on('close', onclose)
    log('pipe returns dest', r.pipe(w) is w)


process.run(main)
