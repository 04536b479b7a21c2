"""Port of Node's test/parallel/test-stream-uint8array.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-uint8array.js

A ``Uint8Array`` that is not a Buffer is a ``bytearray`` (API.md: a Buffer is
exactly ``bytes``).
"""

from node_http_agent.stream import Readable, Writable

ABC = bytearray([0x41, 0x42, 0x43])
DEF = bytearray([0x44, 0x45, 0x46])
GHI = bytearray([0x47, 0x48, 0x49])


def test_simple_writable(common, run):
    # Simple Writable test.
    def main():
        n = 0

        def write(chunk, encoding, cb):
            nonlocal n
            assert isinstance(chunk, bytes)
            n += 1
            if n - 1 == 0:
                assert chunk.decode() == 'ABC'
            else:
                assert chunk.decode() == 'DEF'

            cb()
        writable = Writable({'write': common.mustCall(write, 2)})

        writable.write(ABC)
        writable.end(DEF)
    run(main)


def test_object_mode_writable(common, run):
    # Writable test, pass in Uint8Array in object mode.
    def main():
        def write(chunk, encoding, cb):
            assert not isinstance(chunk, bytes)
            assert isinstance(chunk, bytearray)
            assert chunk is ABC
            assert encoding is None
            cb()
        writable = Writable({
            'objectMode': True,
            'write': common.mustCall(write),
        })

        writable.end(ABC)
    run(main)


def test_writev(common, run):
    # Writable test, multiple writes carried out via writev.
    def main():
        callback = None

        def write(chunk, encoding, cb):
            nonlocal callback
            assert isinstance(chunk, bytes)
            assert encoding == 'buffer'
            assert chunk.decode() == 'ABC'
            callback = cb

        def writev(chunks, cb):
            assert len(chunks) == 2
            assert chunks[0]['encoding'] == 'buffer'
            assert chunks[1]['encoding'] == 'buffer'
            # Buffer + Buffer in JS concatenates their strings
            assert chunks[0]['chunk'].decode() + chunks[1]['chunk'].decode() == 'DEFGHI'
        writable = Writable({
            'write': common.mustCall(write),
            'writev': common.mustCall(writev),
        })

        writable.write(ABC)
        writable.write(DEF)
        writable.end(GHI)
        callback()
    run(main)


def test_simple_readable(run):
    # Simple Readable test.
    def main():
        readable = Readable({'read': lambda size: None})

        readable.push(DEF)
        readable.unshift(ABC)

        buf = readable.read()
        assert isinstance(buf, bytes)
        assert [*buf] == [*ABC, *DEF]
    run(main)


def test_readable_set_encoding(run):
    # Readable test, setEncoding.
    def main():
        readable = Readable({'read': lambda size: None})

        readable.setEncoding('utf8')

        readable.push(DEF)
        readable.unshift(ABC)

        out = readable.read()
        assert out == 'ABCDEF'
    run(main)
