"""Port of Node's test/parallel/test-stream-readable-readable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-readable.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_stream_readable_readable_destroy(run):
    def main():
        r = Readable({'read': lambda size: None})
        assert r.readable is True
        r.destroy()
        assert r.readable is False
    run(main)


def test_stream_readable_readable_end(common, run):
    def main():
        mustNotCall = common.mustNotCall()
        r = Readable({'read': lambda size: None})
        assert r.readable is True
        r.on('end', mustNotCall)
        r.resume()
        r.push(None)
        assert r.readable is True
        r.off('end', mustNotCall)

        def onend():
            assert r.readable is False
        r.on('end', common.mustCall(onend))
    run(main)


def test_stream_readable_readable_error(common, run):
    def main():
        def read(size):
            def later():
                r.destroy(Exception())
                assert r.readable is False
            process.nextTick(later)
        r = Readable({'read': common.mustCall(read)})
        r.resume()

        def onerror(err):
            assert r.readable is False
        r.on('error', common.mustCall(onerror))
    run(main)
