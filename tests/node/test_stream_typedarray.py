"""Port of Node's test/parallel/test-stream-typedarray.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-typedarray.js

TypedArrays and DataView are Python's views of the same bytes (API.md: a Buffer
is exactly ``bytes``; ``bytearray`` and ``memoryview`` are the other views):
Uint8Array -> ``bytearray``, the other TypedArrays -> ``memoryview.cast`` to
their element format, DataView -> a plain ``memoryview``.
"""

from node_http_agent.stream import Readable, Writable

# test/common getArrayBufferViews, in Node's order (Int8, Uint8, Uint8Clamped,
# Int16, Uint16, Int32, Uint32, Float32, Float64, BigInt64, BigUint64, DataView)
_FORMATS = [('b', 1), (None, 1), ('B', 1), ('h', 2), ('H', 2), ('i', 4), ('I', 4),
            ('f', 4), ('d', 8), ('q', 8), ('Q', 8)]


def getArrayBufferViews(buf):
    out = []
    for fmt, size in _FORMATS:
        if len(buf) % size == 0:
            out.append(bytearray(buf) if fmt is None else memoryview(bytes(buf)).cast(fmt))
    out.append(memoryview(bytes(buf)))  # DataView
    return out


def getBufferSources(buf):
    return [*getArrayBufferViews(buf), bytes(buf)]


def isView(value):
    """ArrayBuffer.isView."""
    return isinstance(value, (bytes, bytearray, memoryview))


def deepStrictEqual(a, b):
    assert type(a) is type(b)
    if isinstance(a, memoryview):
        assert a.format == b.format
    assert a == b


buffer = b'ABCD'
views = getArrayBufferViews(buffer)


def test_simple_writable(common, run):
    # Simple Writable test.
    def main():
        n = 0

        def write(chunk, encoding, cb):
            nonlocal n
            assert isinstance(chunk, bytes)
            assert isView(chunk)
            deepStrictEqual(getBufferSources(chunk)[n], views[n])
            n += 1
            cb()
        writable = Writable({'write': common.mustCall(write, len(views))})

        for msg in views:
            writable.write(msg)
        writable.end()
    run(main)


def test_object_mode_writable(common, run):
    # Writable test with object mode True.
    def main():
        n = 0

        def write(chunk, encoding, cb):
            nonlocal n
            assert not isinstance(chunk, bytes)
            assert isView(chunk)
            deepStrictEqual(getBufferSources(bytes(chunk))[n], views[n])
            n += 1
            cb()
        writable = Writable({
            'objectMode': True,
            'write': common.mustCall(write, len(views)),
        })

        for msg in views:
            writable.write(msg)
        writable.end()
    run(main)


def test_writev(common, run):
    # Writable test, multiple writes carried out via writev.
    def main():
        n = 0
        callback = None

        def write(chunk, encoding, cb):
            nonlocal n, callback
            assert isinstance(chunk, bytes)
            assert isView(chunk)
            deepStrictEqual(getBufferSources(chunk)[n], views[n])
            n += 1
            callback = cb

        def writev(chunks, cb):
            assert len(chunks) == len(views)
            res = ''
            for chunk in chunks:
                assert chunk['encoding'] == 'buffer'
                res += chunk['chunk'].decode()  # string += Buffer
            assert res == 'ABCD' * len(views)
        writable = Writable({
            'write': common.mustCall(write),
            'writev': common.mustCall(writev),
        })
        for msg in views:
            writable.write(msg)
        writable.end(views[0])
        callback()
    run(main)


def test_simple_readable(run):
    # Simple Readable test.
    def main():
        readable = Readable({'read': lambda size: None})

        readable.push(views[1])
        readable.push(views[2])
        readable.unshift(views[0])

        buf = readable.read()
        assert isinstance(buf, bytes)
        assert [*buf] == [*views[0], *views[1], *views[2]]
    run(main)


def test_readable_set_encoding(run):
    # Readable test, setEncoding.
    def main():
        readable = Readable({'read': lambda size: None})

        readable.setEncoding('utf8')

        readable.push(views[1])
        readable.push(views[2])
        readable.unshift(views[0])

        out = readable.read()
        assert out == 'ABCD' * 3
    run(main)
