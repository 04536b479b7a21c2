"""Port of Node's test/parallel/test-stream-readable-data.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-data.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_stream_readable_data(common, run):
    def main():
        readable = Readable({'read': lambda size: None})

        def read():
            pass

        readable.setEncoding('utf8')
        readable.on('readable', read)
        readable.removeListener('readable', read)

        def tick():
            readable.on('data', common.mustCall())
            readable.push('hello')
        process.nextTick(tick)
    run(main)
