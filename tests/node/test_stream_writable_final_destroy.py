"""Port of Node's test/parallel/test-stream-writable-final-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-final-destroy.js
"""

from node_http_agent import process
from node_http_agent.stream import Writable


def test_stream_writable_final_destroy(common, run):
    def main():
        w = Writable({
            'write': lambda chunk, encoding, callback: callback(None),
            # queueMicrotask(callback): the port has no microtask queue; nextTick
            # runs at the same point here (before any I/O).
            'final': lambda callback: process.nextTick(callback),
        })
        w.end()
        w.destroy()

        w.on('prefinish', common.mustNotCall())
        w.on('finish', common.mustNotCall())
        w.on('close', common.mustCall())
    run(main)
