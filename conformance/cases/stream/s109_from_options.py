# s109 - Readable.from with options: highWaterMark, objectMode false with strings; the stream reads lazily from the iterator (from.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    pulled = 0

    def gen():
        nonlocal pulled
        for i in range(5):
            pulled += 1
            yield str(i)

    r = Readable.from_(gen(), {'highWaterMark': 2})
    log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode, 'pulled', pulled)

    def later():
        log('pulled before reading', pulled, 'buffered', r.readableLength)
        out = []
        r.on('data', lambda c: out.append(c))
        r.on('end', lambda: log('end', out, pulled))
    setImmediate(later)


process.run(main)
