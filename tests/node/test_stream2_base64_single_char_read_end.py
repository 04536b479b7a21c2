"""Port of Node's test/parallel/test-stream2-base64-single-char-read-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-base64-single-char-read-end.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable as R
from node_http_agent.stream import Writable as W
from node_http_agent.timers import clearTimeout, setTimeout


def test_stream2_base64_single_char_read_end(common, run):
    def main():
        src = R({'encoding': 'base64'})
        dst = W()
        hasRead = False
        accum = []

        def _read(n):
            nonlocal hasRead
            if not hasRead:
                hasRead = True

                def later():
                    src.push(b'1')
                    src.push(None)
                process.nextTick(later)
        src._read = _read

        def _write(chunk, enc, cb):
            accum.append(chunk)
            cb()
        dst._write = _write

        def onend():
            assert b''.join(accum).decode() == 'MQ=='
            clearTimeout(timeout)
        src.on('end', common.mustCall(onend))

        src.pipe(dst)

        def fail():
            raise AssertionError('timed out waiting for _write')
        timeout = setTimeout(fail, 100)
    run(main)
