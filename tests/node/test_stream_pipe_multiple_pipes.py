"""Port of Node's test/parallel/test-stream-pipe-multiple-pipes.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-multiple-pipes.js
"""

from node_http_agent import process, stream


def test_stream_pipe_multiple_pipes(common, run):
    def main():
        readable = stream.Readable({'read': lambda size: None})

        writables = []

        def iteration():  # the loop body: its own `target`, as JS's per-iteration const
            def write(chunk, encoding, callback):
                target.output.append(chunk)
                callback()
            target = stream.Writable({'write': common.mustCall(write, 1)})
            target.output = []

            target.on('pipe', common.mustCall())
            readable.pipe(target)

            writables.append(target)
        for i in range(5):
            iteration()

        input_ = bytes([1, 2, 3, 4, 5])

        readable.push(input_)

        # The pipe() calls will postpone emission of the 'resume' event using nextTick,
        # so no data will be available to the writable streams until then.
        def later():
            for target in writables:
                assert target.output == [input_]

                target.on('unpipe', common.mustCall())
                readable.unpipe(target)

            readable.push('something else')  # This does not get through.
            readable.push(None)
            readable.resume()  # Make sure the 'end' event gets emitted.
        process.nextTick(common.mustCall(later))

        def onend():
            for target in writables:
                assert target.output == [input_]
        readable.on('end', common.mustCall(onend))

    run(main)
