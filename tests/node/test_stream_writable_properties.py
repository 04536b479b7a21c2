"""Port of Node's test/parallel/test-stream-writable-properties.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-properties.js
"""

from node_http_agent.stream import Writable


def test_stream_writable_properties(run):
    def main():
        w = Writable()
        assert w.writableCorked == 0
        w.uncork()
        assert w.writableCorked == 0
        w.cork()
        assert w.writableCorked == 1
        w.cork()
        assert w.writableCorked == 2
        w.uncork()
        assert w.writableCorked == 1
        w.uncork()
        assert w.writableCorked == 0
        w.uncork()
        assert w.writableCorked == 0
    run(main)
