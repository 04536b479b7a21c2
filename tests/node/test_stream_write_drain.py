"""Port of Node's test/parallel/test-stream-write-drain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-write-drain.js
"""

from node_http_agent import process
from node_http_agent.stream import Writable


def test_stream_write_drain(common, run):
    # Don't emit 'drain' if ended
    def main():
        w = Writable({
            'write': lambda data, enc, cb: process.nextTick(cb),
            'highWaterMark': 1,
        })

        w.on('drain', common.mustNotCall())
        w.write('asd')
        w.end()
    run(main)
