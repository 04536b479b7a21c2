"""Port of Node's test/parallel/test-stream-events-prepend.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-events-prepend.js
"""

from node_http_agent import stream


def test_stream_events_prepend(common, run):
    class Writable(stream.Writable):
        def __init__(self):
            super().__init__()
            self.prependListener = None

        def _write(self, chunk, end, cb):
            cb()

    class Readable(stream.Readable):
        def _read(self, size):
            self.push(None)

    def main():
        w = Writable()
        w.on('pipe', common.mustCall())

        r = Readable()
        r.pipe(w)
    run(main)
