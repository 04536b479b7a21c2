"""Port of Node's test/parallel/test-stream-unshift-empty-chunk.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-unshift-empty-chunk.js
"""

from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def test_stream_unshift_empty_chunk(common, run):
    # This test verifies that stream.unshift(Buffer.alloc(0)) or
    # stream.unshift('') does not set state.reading=false.
    def main():
        r = Readable()
        nChunks = 10
        chunk = b'x' * 10

        def _read(n):
            def later():
                nonlocal nChunks
                nChunks -= 1
                r.push(None if nChunks == 0 else chunk)
            setImmediate(later)
        r._read = _read

        readAll = False
        seen = []

        def onreadable():
            nonlocal readAll
            while (chunk := r.read()) is not None:
                seen.append(chunk.decode())
                # Simulate only reading a certain amount of the data,
                # and then putting the rest of the chunk back into the
                # stream, like a parser might do.  We just fill it with
                # 'y' so that it's easy to see which bits were touched,
                # and which were not.
                putBack = b'y' * (0 if readAll else 5)
                readAll = not readAll
                r.unshift(putBack)
        r.on('readable', onreadable)

        expect = [
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy',
            'xxxxxxxxxx',
            'yyyyy']

        def onend():
            assert seen == expect
        r.on('end', common.mustCall(onend))
    run(main)
