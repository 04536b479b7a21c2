"""Port of Node's test/parallel/test-stream-pipe-same-destination-twice.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-same-destination-twice.js

``passThrough._events.data.length`` (EventEmitter internals) is read through
``listenerCount('data')``; ``_events.data === undefined`` is a count of 0.
"""

from node_http_agent.stream import PassThrough, Writable

# Regression test for https://github.com/nodejs/node/issues/12718.
# Tests that piping a source stream twice to the same destination stream
# works, and that a subsequent unpipe() call only removes the pipe *once*.


def test_stream_pipe_same_destination_twice_unpipe_once(common, run):
    def main():
        passThrough = PassThrough()

        def write(chunk, encoding, cb):
            assert chunk.decode() == 'foobar'
            cb()
        dest = Writable({'write': common.mustCall(write)})

        passThrough.pipe(dest)
        passThrough.pipe(dest)

        assert passThrough.listenerCount('data') == 2
        assert len(passThrough._readableState.pipes) == 2
        assert passThrough._readableState.pipes[0] is dest
        assert passThrough._readableState.pipes[1] is dest

        passThrough.unpipe(dest)

        assert passThrough.listenerCount('data') == 1
        assert len(passThrough._readableState.pipes) == 1
        assert list(passThrough._readableState.pipes) == [dest]

        passThrough.write('foobar')
        passThrough.pipe(dest)
    run(main)


def test_stream_pipe_same_destination_twice_write(common, run):
    def main():
        passThrough = PassThrough()

        def write(chunk, encoding, cb):
            assert chunk.decode() == 'foobar'
            cb()
        dest = Writable({'write': common.mustCall(write, 2)})

        passThrough.pipe(dest)
        passThrough.pipe(dest)

        assert passThrough.listenerCount('data') == 2
        assert len(passThrough._readableState.pipes) == 2
        assert passThrough._readableState.pipes[0] is dest
        assert passThrough._readableState.pipes[1] is dest

        passThrough.write('foobar')
    run(main)


def test_stream_pipe_same_destination_twice_unpipe_twice(common, run):
    def main():
        passThrough = PassThrough()
        dest = Writable({'write': common.mustNotCall()})

        passThrough.pipe(dest)
        passThrough.pipe(dest)

        assert passThrough.listenerCount('data') == 2
        assert len(passThrough._readableState.pipes) == 2
        assert passThrough._readableState.pipes[0] is dest
        assert passThrough._readableState.pipes[1] is dest

        passThrough.unpipe(dest)
        passThrough.unpipe(dest)

        assert passThrough.listenerCount('data') == 0
        assert len(passThrough._readableState.pipes) == 0

        passThrough.write('foobar')
    run(main)
