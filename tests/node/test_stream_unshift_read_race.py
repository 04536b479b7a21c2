"""Port of Node's test/parallel/test-stream-unshift-read-race.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-unshift-read-race.js
"""

import math

import pytest

from node_http_agent import stream
from node_http_agent.timers import setTimeout

# This test verifies that:
# 1. unshift() does not cause colliding _read() calls.
# 2. unshift() after the 'end' event is an error, but after the EOF
#    signalling null, it is ok, and just creates a new readable chunk.
# 3. push() after the EOF signaling null is an error.
# 4. _read() is not called after pushing the EOF null chunk.


def test_stream_unshift_read_race(common, run):
    written = []

    def main():
        hwm = 10
        r = stream.Readable({'highWaterMark': hwm, 'autoDestroy': False})
        chunks = 10

        data = bytearray(chunks * hwm + math.ceil(hwm / 2))
        for i in range(len(data)):
            c = ord('asdf'[i % 4])
            data[i] = c
        data = bytes(data)

        pos = 0
        pushedNull = False

        def _read(n):
            assert not pushedNull, '_read after null push'

            # Every third chunk is fast
            push(not (chunks % 3), n)

        def push(fast, n):
            nonlocal pos, pushedNull
            assert not pushedNull, 'push() after null push'
            c = None if pos >= len(data) else data[pos:pos + n]
            pushedNull = c is None
            if fast:
                pos += n
                r.push(c)
                if c is None:
                    pushError()
            else:
                def later():
                    nonlocal pos
                    pos += n
                    r.push(c)
                    if c is None:
                        pushError()
                setTimeout(later, 1)
        r._read = common.mustCallAtLeast(_read)

        def pushError():
            r.unshift(bytes(1))
            w.end()

            with pytest.raises(Exception) as info:
                r.push(bytes(1))
            common.expectsError({
                'code': 'ERR_STREAM_PUSH_AFTER_EOF',
                'name': 'Error',
                'message': 'stream.push() after EOF',
            })(info.value)

        w = stream.Writable()

        def _write(chunk, encoding, cb):
            written.append(chunk.decode())
            cb()
        w._write = _write

        r.on('end', common.mustNotCall())

        def onreadable():
            while (chunk := r.read(10)) is not None:
                w.write(chunk)
                if len(chunk) > 4:
                    r.unshift(b'1234')
        r.on('readable', onreadable)

        def onfinish():
            # Each chunk should start with 1234, and then be asfdasdfasdf...
            # The first got pulled out before the first unshift('1234'), so it's
            # lacking that piece.
            assert written[0] == 'asdfasdfas'
            asdf = 'd'
            for i in range(1, len(written)):
                assert written[i][0:4] == '1234'
                for j in range(4, len(written[i])):
                    c = written[i][j]
                    assert c == asdf
                    asdf = {'a': 's', 's': 'd', 'd': 'f', 'f': 'a'}[asdf]
        w.on('finish', common.mustCall(onfinish))
    run(main)

    # process.on('exit')
    assert len(written) == 18
