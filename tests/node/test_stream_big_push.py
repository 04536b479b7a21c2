"""Port of Node's test/parallel/test-stream-big-push.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-big-push.js
"""

from node_http_agent import stream
from node_http_agent.timers import setTimeout

str_ = 'asdfasdfasdfasdfasdf'


def test_stream_big_push(common, run):
    def main():
        r = stream.Readable({
            'highWaterMark': 5,
            'encoding': 'utf8',
        })

        reads = 0

        def _read(size):
            nonlocal reads
            if reads == 0:
                setTimeout(lambda: r.push(str_), 1)
                reads += 1
            elif reads == 1:
                ret = r.push(str_)
                assert ret is False
                reads += 1
            else:
                r.push(None)

        r._read = common.mustCall(_read, 3)

        r.on('end', common.mustCall())

        # Push some data in to start.
        # We've never gotten any read event at this point.
        ret = r.push(str_)
        # Should be false.  > hwm
        assert not ret
        chunk = r.read()
        assert chunk == str_
        chunk = r.read()
        assert chunk is None

        def onreadable():
            # This time, we'll get *all* the remaining data, because
            # it's been added synchronously, as the read WOULD take
            # us below the hwm, and so it triggered a _read() again,
            # which synchronously added more, which we then return.
            chunk = r.read()
            assert chunk == str_ + str_

            chunk = r.read()
            assert chunk is None
        r.once('readable', common.mustCall(onreadable))
    run(main)
