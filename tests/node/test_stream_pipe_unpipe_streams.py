"""Port of Node's test/parallel/test-stream-pipe-unpipe-streams.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-unpipe-streams.js
"""

from node_http_agent.stream import Readable, Writable


def test_stream_pipe_unpipe_streams_reverse_order(common, run):
    def main():
        source = Readable({'read': lambda size: None})
        dest1 = Writable({'write': lambda chunk, encoding, cb: None})
        dest2 = Writable({'write': lambda chunk, encoding, cb: None})

        source.pipe(dest1)
        source.pipe(dest2)

        dest1.on('unpipe', common.mustCall())
        dest2.on('unpipe', common.mustCall())

        assert source._readableState.pipes[0] is dest1
        assert source._readableState.pipes[1] is dest2
        assert len(source._readableState.pipes) == 2

        # Should be able to unpipe them in the reverse order that they were piped.

        source.unpipe(dest2)

        assert list(source._readableState.pipes) == [dest1]
        assert source._readableState.pipes is not dest2

        dest2.on('unpipe', common.mustNotCall())
        source.unpipe(dest2)

        source.unpipe(dest1)

        assert len(source._readableState.pipes) == 0
    run(main)


def test_stream_pipe_unpipe_streams_cleanup(common, run):
    # Test `cleanup()` if we unpipe all streams.
    def main():
        source = Readable({'read': lambda size: None})
        dest1 = Writable({'write': lambda chunk, encoding, cb: None})
        dest2 = Writable({'write': lambda chunk, encoding, cb: None})

        destCount = 0
        srcCheckEventNames = ['end', 'data']
        destCheckEventNames = ['close', 'finish', 'drain', 'error', 'unpipe']

        def checkSrcCleanup():
            assert len(source._readableState.pipes) == 0
            assert source._readableState.flowing is False
            for eventName in srcCheckEventNames:
                assert source.listenerCount(eventName) == 0, \
                    f"source's '{eventName}' event listeners not removed"
        checkSrcCleanup = common.mustCall(checkSrcCleanup)

        def checkDestCleanup(dest):
            nonlocal destCount
            destCount += 1
            currentDestId = destCount
            source.pipe(dest)

            def unpipeChecker(*args):
                nonlocal destCount
                assert dest.listeners('unpipe') == [unpipeChecker], \
                    f"destination{{{currentDestId}}} should have a 'unpipe' event " + \
                    'listener which is `unpipeChecker`'
                dest.removeListener('unpipe', unpipeChecker)
                for eventName in destCheckEventNames:
                    assert dest.listenerCount(eventName) == 0, \
                        f"destination{{{currentDestId}}}'s '{eventName}' event " + \
                        'listeners not removed'

                destCount -= 1
                if destCount == 0:
                    checkSrcCleanup()
            unpipeChecker = common.mustCall(unpipeChecker)

            dest.on('unpipe', unpipeChecker)

        checkDestCleanup(dest1)
        checkDestCleanup(dest2)
        source.unpipe()
    run(main)


def test_stream_pipe_unpipe_streams_pause(common, run):
    def main():
        src = Readable({'read': lambda size: None})
        dst = Writable({'write': lambda chunk, encoding, cb: None})
        src.pipe(dst)

        def onresume():
            src.on('pause', common.mustCall())
            src.unpipe(dst)
        src.on('resume', common.mustCall(onresume))
    run(main)
