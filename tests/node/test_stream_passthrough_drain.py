"""Port of Node's test/parallel/test-stream-passthrough-drain.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-passthrough-drain.js
"""

from node_http_agent.stream import PassThrough


def test_stream_passthrough_drain(common, run):
    def main():
        pt = PassThrough({'highWaterMark': 0})
        pt.on('drain', common.mustCall())
        assert not pt.write('hello1')
        pt.read()
        pt.read()
    run(main)
