"""Port of Node's test/parallel/test-stream-pipeline-duplex.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipeline-duplex.js
"""

from node_http_agent.stream import Duplex, PassThrough, pipeline
from node_http_agent.timers import setImmediate


def test_stream_pipeline_duplex(common, run):
    def main():
        remote = PassThrough()
        local = Duplex({
            'read': lambda size: None,
            'write': lambda chunk, enc, callback: callback(),
        })

        def done(err, *value):  # pipeline calls back with (error, value)
            assert err.code == 'ERR_STREAM_PREMATURE_CLOSE'
        pipeline(remote, local, remote, common.mustCall(done))

        setImmediate(lambda: remote.end())
    run(main)
