"""Port of Node's test/parallel/test-stream-pipe-await-drain-manual-resume.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-await-drain-manual-resume.js
"""

from node_http_agent import process, stream


def test_stream_pipe_await_drain_manual_resume(common, run):
    def main():
        # A consumer stream with a very low highWaterMark, which starts in a state
        # where it buffers the chunk it receives rather than indicating that they
        # have been consumed.
        writable = stream.Writable({'highWaterMark': 5})

        isCurrentlyBufferingWrites = True
        queue = []

        def _write(chunk, encoding, cb):
            if isCurrentlyBufferingWrites:
                queue.append({'chunk': chunk, 'cb': cb})
            else:
                cb()
        writable._write = _write

        readable = stream.Readable({'read': lambda size: None})

        readable.pipe(writable)

        def onpause():
            assert readable._readableState.awaitDrainWriters is writable, \
                'Expected awaitDrainWriters to be a Writable but instead got ' + \
                f'{readable._readableState.awaitDrainWriters}'
            # First pause, resume manually. The next write() to writable will still
            # return false, because chunks are still being buffered, so it will increase
            # the awaitDrain counter again.

            process.nextTick(common.mustCall(lambda: readable.resume()))

            def onpause2():
                nonlocal isCurrentlyBufferingWrites
                assert readable._readableState.awaitDrainWriters is writable, \
                    '.resume() should not reset the awaitDrainWriters, but instead got ' + \
                    f'{readable._readableState.awaitDrainWriters}'
                # Second pause, handle all chunks from now on. Once all callbacks that
                # are currently queued up are handled, the awaitDrain drain counter should
                # fall back to 0 and all chunks that are pending on the readable side
                # should be flushed.
                isCurrentlyBufferingWrites = False
                for queued in queue:
                    queued['cb']()
            readable.once('pause', common.mustCall(onpause2))
        readable.once('pause', common.mustCall(onpause))

        readable.push(bytes(100))  # Fill the writable HWM, first 'pause'.
        readable.push(bytes(100))  # Second 'pause'.
        readable.push(bytes(100))  # Should get through to the writable.
        readable.push(None)

        def onfinish():
            assert readable._readableState.awaitDrainWriters is None, \
                f'''awaitDrainWriters should be reset to null
    after all chunks are written but instead got
    {readable._readableState.awaitDrainWriters}'''
            # Everything okay, all chunks were written.
        writable.on('finish', common.mustCall(onfinish))
    run(main)
