"""Port of Node's test/parallel/test-stream2-readable-wrap-empty.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-wrap-empty.js
"""

from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable


def test_stream2_readable_wrap_empty(common, run):
    def main():
        oldStream = EE()
        oldStream.pause = lambda *args: None
        oldStream.resume = lambda *args: None

        newStream = Readable().wrap(oldStream)

        newStream \
            .on('readable', lambda: None) \
            .on('end', common.mustCall())

        oldStream.emit('end')
    run(main)
