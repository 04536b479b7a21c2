"""Port of Node's test/parallel/test-stream-readable-aborted.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-aborted.js
"""

from node_http_agent import process
from node_http_agent.stream import Duplex, Readable


def noop(*args):
    pass


def test_destroy(run):
    def main():
        readable = Readable({'read': noop})
        assert readable.readableAborted is False
        readable.destroy()
        assert readable.readableAborted is True
    run(main)


def test_destroy_after_eof(run):
    def main():
        readable = Readable({'read': noop})
        assert readable.readableAborted is False
        readable.push(None)
        readable.destroy()
        assert readable.readableAborted is True
    run(main)


def test_destroy_with_data(run):
    def main():
        readable = Readable({'read': noop})
        assert readable.readableAborted is False
        readable.push('asd')
        readable.destroy()
        assert readable.readableAborted is True
    run(main)


def test_destroy_after_end(common, run):
    def main():
        readable = Readable({'read': noop})
        assert readable.readableAborted is False
        readable.push('asd')
        readable.push(None)
        assert readable.readableAborted is False

        def onend():
            assert readable.readableAborted is False
            readable.destroy()
            assert readable.readableAborted is False

            def later():
                assert readable.readableAborted is False
            # queueMicrotask: the port has no microtask queue; nextTick runs first too
            process.nextTick(common.mustCall(later))
        readable.on('end', common.mustCall(onend))
        readable.resume()
    run(main)


def test_duplex_not_readable(run):
    def main():
        duplex = Duplex({
            'readable': False,
            'write': noop,
        })
        duplex.destroy()
        assert duplex.readableAborted is False
    run(main)
