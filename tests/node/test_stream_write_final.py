"""Port of Node's test/parallel/test-stream-write-final.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-write-final.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setTimeout


def test_stream_write_final(common, run):
    shutdown = False

    def main():
        def final(cb):
            # assert.strictEqual(this, w) left out: hooks are called without self
            def later():
                nonlocal shutdown
                shutdown = True
                cb()
            setTimeout(later, 100)

        w = stream.Writable({
            'final': common.mustCall(final),
            'write': lambda chunk, e, cb: process.nextTick(cb),
        })

        def onfinish():
            assert shutdown
        w.on('finish', common.mustCall(onfinish))
        w.write(bytes(1))
        w.end(bytes(0))
    run(main)
