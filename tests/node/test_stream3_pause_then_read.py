"""Port of Node's test/parallel/test-stream3-pause-then-read.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream3-pause-then-read.js

(The ``console.log``/``console.error`` tracing lines are left out.)
"""

from node_http_agent import process, stream
from node_http_agent.timers import setImmediate

Readable = stream.Readable
Writable = stream.Writable


def test_stream3_pause_then_read(common, run):
    totalChunks = 100
    chunkSize = 99
    expectTotalData = totalChunks * chunkSize
    expectEndingData = expectTotalData
    totalPushed = 0

    def main():
        nonlocal expectEndingData
        r = Readable({'highWaterMark': 1000})
        chunks = totalChunks

        def _read(n):
            if not (chunks % 2):
                setImmediate(push)
            elif not (chunks % 3):
                process.nextTick(push)
            else:
                push()
        r._read = _read

        def push():
            nonlocal chunks, totalPushed
            chunk = b'x' * chunkSize if chunks > 0 else None
            chunks -= 1
            if chunk:
                totalPushed += len(chunk)
            r.push(chunk)

        # First we read 100 bytes.
        def read100():
            readn(100, onData)

        def readn(n, then):
            nonlocal expectEndingData
            expectEndingData -= n

            def read():
                c = r.read(n)
                if not c:
                    r.once('readable', read)
                else:
                    assert len(c) == n
                    assert not r.readableFlowing
                    then()
            read()

        # Then we listen to some data events.
        def onData():
            nonlocal expectEndingData
            expectEndingData -= 100
            seen = 0

            def od(c):
                nonlocal seen
                seen += len(c)
                if seen >= 100:
                    # Seen enough
                    r.removeListener('data', od)
                    r.pause()
                    if seen > 100:
                        # Oh no, seen too much!
                        # Put the extra back.
                        diff = seen - 100
                        r.unshift(c[len(c) - diff:])

                    # Nothing should be lost in-between.
                    setImmediate(pipeLittle)
            r.on('data', od)

        # Just pipe 200 bytes, then unshift the extra and unpipe.
        def pipeLittle():
            nonlocal expectEndingData
            expectEndingData -= 200
            w = Writable()
            written = 0

            def onfinish():
                assert written == 200
                setImmediate(read1234)
            w.on('finish', common.mustCall(onfinish))

            def _write(chunk, encoding, cb):
                nonlocal written
                written += len(chunk)
                if written >= 200:
                    r.unpipe(w)
                    w.end()
                    cb()
                    if written > 200:
                        diff = written - 200
                        written -= diff
                        r.unshift(chunk[len(chunk) - diff:])
                else:
                    setImmediate(cb)
            w._write = _write
            r.pipe(w)

        # Now read 1234 more bytes.
        def read1234():
            readn(1234, resumePause)

        def resumePause():
            # Don't read anything, just resume and re-pause a whole bunch.
            r.resume()
            r.pause()
            r.resume()
            r.pause()
            r.resume()
            r.pause()
            r.resume()
            r.pause()
            r.resume()
            r.pause()
            setImmediate(pipe)

        def pipe():
            w = Writable()
            written = 0

            def _write(chunk, encoding, cb):
                nonlocal written
                written += len(chunk)
                cb()
            w._write = _write

            def onfinish():
                assert written == expectEndingData
                assert totalPushed == expectTotalData
            w.on('finish', common.mustCall(onfinish))
            r.pipe(w)

        read100()
    run(main)
