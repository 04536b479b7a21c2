"""Port of Node's test/parallel/test-stream-readable-readable-then-resume.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-readable-then-resume.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_readable_then_resume(common, run):
    # This test verifies that a stream could be resumed after
    # removing the readable event in the same tick
    def check(s):
        readableListener = common.mustNotCall()
        s.on('readable', readableListener)
        s.on('end', common.mustCall())
        assert s.removeListener == s.off
        s.removeListener('readable', readableListener)
        s.resume()

    def main():
        def read(size):
            if not getattr(s, 'first', False):
                s.push('hello')
                s.first = True
                return

            s.push(None)

        s = Readable({
            'objectMode': True,
            'highWaterMark': 1,
            'read': read,
        })
        check(s)
    run(main)
