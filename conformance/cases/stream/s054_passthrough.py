# s054 - PassThrough: bytes through unchanged, write() backpressure with a paused reader, 'drain' after reading, end (test-stream2-passthrough.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import PassThrough
from node_http_agent.timers import setImmediate


def main():
    p = PassThrough({'highWaterMark': 4})
    log('write abc', p.write('abc'), p.writableLength, p.readableLength)
    log('write def', p.write('def'), p.writableLength, p.readableLength)
    log('write ghi', p.write('ghi'), p.writableLength, p.readableLength)
    p.on('drain', lambda: log('drain'))

    def later():
        log('lengths', p.writableLength, p.readableLength)
        c = p.read()
        log('read', c.decode(), p.writableLength, p.readableLength)

        def again():
            c2 = p.read()
            log('read again', None if c2 is None else c2.decode())
            p.end()
            p.on('end', lambda: log('end'))
            p.on('finish', lambda: log('finish'))
            p.resume()
        setImmediate(again)
    setImmediate(later)


process.run(main)
