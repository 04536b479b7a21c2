"""Port of Node's test/parallel/test-stream2-readable-non-empty-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-non-empty-end.js

(The ``console.error`` tracing line is left out.)
"""

from node_http_agent.stream import Readable
from node_http_agent.timers import setTimeout


def test_stream2_readable_non_empty_end(common, run):
    def main():
        len_ = 0
        chunks = [None] * 10
        for i in range(1, 11):
            chunks[i - 1] = bytes(i)
            len_ += i

        test = Readable()
        n = 0

        def _read(size):
            nonlocal n
            chunk = chunks[n] if n < len(chunks) else None  # chunks[n++] (undefined past the end)
            n += 1
            setTimeout(lambda: test.push(chunk), 1)
        test._read = _read

        def thrower():
            raise Exception('this should not happen!')
        test.on('end', thrower)

        bytesread = 0

        def onreadable():
            nonlocal bytesread
            b = len_ - bytesread - 1
            res = test.read(b)
            if res:
                bytesread += len(res)
                setTimeout(next_, 1)
            test.read(0)
        test.on('readable', onreadable)
        test.read(0)

        def next_():
            # Now let's make 'end' happen
            test.removeListener('end', thrower)
            test.on('end', common.mustCall())

            # One to get the last byte
            r = test.read()
            assert r
            assert len(r) == 1
            r = test.read()
            assert r is None
    run(main)
