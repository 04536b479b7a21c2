"""Port of Node's test/parallel/test-stream-end-paused.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-end-paused.js
"""

from node_http_agent.stream import Readable
from node_http_agent.timers import setTimeout

# Make sure we don't miss the end event for paused 0-length streams


def test_stream_end_paused(common, run):
    calledRead = False

    def main():
        stream = Readable()

        def _read(size):
            nonlocal calledRead
            assert not calledRead
            calledRead = True
            stream.push(None)
        stream._read = common.mustCall(_read)

        stream.on('data', common.mustNotCall())
        stream.pause()

        def later():
            stream.on('end', common.mustCall())
            stream.resume()
        setTimeout(common.mustCall(later), 1)
    run(main)

    # process.on('exit')
    assert calledRead
