"""Port of Node's test/parallel/test-stream-readable-end-destroyed.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-end-destroyed.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_end_destroyed(common, run):
    # Don't emit 'end' after 'close'.
    def main():
        r = Readable()

        r.on('end', common.mustNotCall())
        r.resume()
        r.destroy()
        r.on('close', common.mustCall(lambda: r.push(None)))
    run(main)
