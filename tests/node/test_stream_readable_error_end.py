"""Port of Node's test/parallel/test-stream-readable-error-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-error-end.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_error_end(common, run):
    def main():
        r = Readable({'read': lambda size: None})

        r.on('end', common.mustNotCall())
        r.on('data', common.mustCall())
        r.on('error', common.mustCall())
        r.push('asd')
        r.push(None)
        r.destroy(Exception('kaboom'))
    run(main)
