"""Port of Node's test/parallel/test-readable-large-hwm.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-readable-large-hwm.js
"""

from node_http_agent.stream import Readable

# Make sure that readable completes
# even when reading larger buffer.


def test_readable_large_hwm(common, run):
    def main():
        bufferSize = 10 * 1024 * 1024
        n = 0

        def read(size):
            nonlocal n
            # Try to fill readable buffer piece by piece.
            r.push(bytes(bufferSize // 10))

            n += 1
            if n - 1 > 10:
                r.push(None)
        r = Readable({'read': read})

        def onreadable():
            while True:
                ret = r.read(bufferSize)
                if ret is None:
                    break
        r.on('readable', onreadable)
        r.on('end', common.mustCall())
    run(main)
