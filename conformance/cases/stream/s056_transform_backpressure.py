# s056 - Transform backpressure: with no reader, writes stop being transformed once the readable side is full; reading resumes them (test-stream-transform-hwm0.js, test-stream2-transform.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform
from node_http_agent.timers import setImmediate


def main():
    transformed = 0

    def transform(chunk, encoding, callback):
        nonlocal transformed
        transformed += 1
        callback(None, chunk)

    t = Transform({'highWaterMark': 2, 'objectMode': True, 'transform': transform})
    rets = []
    for i in range(6):
        rets.append(t.write(i))
    log('write returns', rets)

    def later():
        log('transformed', transformed, 'readable', t.readableLength, 'writable', t.writableLength)
        got = []
        while True:
            v = t.read()
            if v is None:
                break
            got.append(v)
        log('read', got)

        def again():
            log('transformed later', transformed, t.readableLength, t.writableLength)
            t.on('data', lambda x: got.append(x))
            t.on('end', lambda: log('all', got))
            t.end()
        setImmediate(again)
    setImmediate(later)


process.run(main)
