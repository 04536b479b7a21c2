"""Port of Node's test/parallel/test-stream-readable-resume-hwm.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-resume-hwm.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_resume_hwm(common, run):
    # readable.resume() should not lead to a ._read() call being scheduled
    # when we exceed the high water mark already.
    def main():
        readable = Readable({
            'read': common.mustNotCall(),
            'highWaterMark': 100,
        })

        # Fill up the internal buffer so that we definitely exceed the HWM:
        for i in range(10):
            readable.push('a' * 200)

        # Call resume, and pause after one chunk.
        # The .pause() is just so that we don't empty the buffer fully, which would
        # be a valid reason to call ._read().
        readable.resume()
        readable.once('data', common.mustCall(lambda chunk: readable.pause()))
    run(main)
