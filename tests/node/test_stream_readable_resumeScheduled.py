"""Port of Node's test/parallel/test-stream-readable-resumeScheduled.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-resumeScheduled.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable, Writable

# Testing Readable Stream resumeScheduled state


def test_pipe(common, run):
    # pipe() test case
    def main():
        r = Readable({'read': lambda size: None})
        w = Writable()

        # resumeScheduled should start = `false`.
        assert r._readableState.resumeScheduled is False

        # Calling pipe() should change the state value = true.
        r.pipe(w)
        assert r._readableState.resumeScheduled is True

        def later():
            assert r._readableState.resumeScheduled is False
        process.nextTick(common.mustCall(later))
    run(main)


def test_data_listener(common, run):
    # 'data' listener test case
    def main():
        r = Readable({'read': lambda size: None})

        # resumeScheduled should start = `false`.
        assert r._readableState.resumeScheduled is False

        r.push(bytes([1, 2, 3]))

        # Adding 'data' listener should change the state value
        def ondata(chunk):
            assert r._readableState.resumeScheduled is False
        r.on('data', common.mustCall(ondata))
        assert r._readableState.resumeScheduled is True

        def later():
            assert r._readableState.resumeScheduled is False
        process.nextTick(common.mustCall(later))
    run(main)


def test_resume(common, run):
    # resume() test case
    def main():
        r = Readable({'read': lambda size: None})

        # resumeScheduled should start = `false`.
        assert r._readableState.resumeScheduled is False

        # Calling resume() should change the state value.
        r.resume()
        assert r._readableState.resumeScheduled is True

        def onresume():
            # The state value should be `false` again
            assert r._readableState.resumeScheduled is False
        r.on('resume', common.mustCall(onresume))

        def later():
            assert r._readableState.resumeScheduled is False
        process.nextTick(common.mustCall(later))
    run(main)
