"""Port of Node's test/parallel/test-stream-pipeline-queued-end-in-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline-queued-end-in-destroy.js
"""

from node_http_agent.stream import Duplex, Readable, pipeline
from node_http_agent.timers import setImmediate

# Test that the callback for pipeline() is called even when the ._destroy()
# method of the stream places an .end() request to itself that does not
# get processed before the destruction of the stream (i.e. the 'close' event).
# Refs: https://github.com/nodejs/node/issues/24456


def test_stream_pipeline_queued_end_in_destroy(common, run):
    def main():
        readable = Readable({'read': common.mustCall()})

        def destroy(err, cb):
            # Call end() from inside the destroy() method, like HTTP/2 streams
            # do at the time of writing.
            duplex.end()
            cb(err)
        duplex = Duplex({
            'write': lambda chunk, enc, cb: None,  # Simulate messages queueing up.
            'read': lambda size: None,
            'destroy': destroy,
        })

        duplex.on('finished', common.mustNotCall())

        def done(err, *value):  # pipeline calls back with (error, value)
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        pipeline(readable, duplex, common.mustCall(done))

        # Write one chunk of data, and destroy the stream later.
        # That should trigger the pipeline destruction.
        readable.push('foo')
        setImmediate(lambda: readable.destroy())
    run(main)
