"""Port of Node's test/parallel/test-stream-readable-emit-readable-short-stream.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-emit-readable-short-stream.js
"""

from node_http_agent import process, stream


def makeTransform(common):
    def transform(chunk, encoding, callback):
        t.push(chunk)  # `this` is the stream
        return callback()
    t = stream.Transform({
        'transform': common.mustCall(transform),
        'flush': common.mustCall(lambda callback: callback()),
    })
    return t


def readAll(t):
    def onreadable():
        while True:
            chunk = t.read()
            if not chunk:
                break

            assert chunk.decode() == 'content'
    return onreadable


def test_pipe_into_transform(common, run):
    def main():
        def read(size):
            r.push('content')
            r.push(None)
        r = stream.Readable({'read': common.mustCall(read)})

        t = makeTransform(common)

        r.pipe(t)
        t.on('readable', common.mustCall(readAll(t), 2))
    run(main)


def test_transform_end_with_chunk(common, run):
    def main():
        t = makeTransform(common)

        t.end('content')

        t.on('readable', common.mustCall(readAll(t)))
    run(main)


def test_transform_write_then_end(common, run):
    def main():
        t = makeTransform(common)

        t.write('content')
        t.end()

        t.on('readable', common.mustCall(readAll(t)))
    run(main)


def test_readable_sync_push(common, run):
    def main():
        t = stream.Readable({'read': lambda size: None})

        t.on('readable', common.mustCall(readAll(t)))

        t.push('content')
        t.push(None)
    run(main)


def test_readable_push_next_tick(common, run):
    def main():
        t = stream.Readable({'read': lambda size: None})

        t.on('readable', common.mustCall(readAll(t), 2))

        def later():
            t.push('content')
            t.push(None)
        process.nextTick(later)
    run(main)


def test_transform_listener_first(common, run):
    def main():
        t = makeTransform(common)

        t.on('readable', common.mustCall(readAll(t), 2))

        t.write('content')
        t.end()
    run(main)
