"""Port of Node's test/parallel/test-stream-pipe-event.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-event.js

Node builds its two classes from constructor functions whose prototype is set
to ``Stream.prototype`` (and calls ``Stream.call(this)``); in Python they are
subclasses of ``stream.Stream``.
"""

from node_http_agent import stream


class Writable(stream.Stream):
    def __init__(self):
        self.writable = True
        stream.Stream.__init__(self)


class Readable(stream.Stream):
    def __init__(self):
        self.readable = True
        stream.Stream.__init__(self)


def test_stream_pipe_event(run):
    passed = False

    def main():
        w = Writable()

        def onpipe(src):
            nonlocal passed
            passed = True
        w.on('pipe', onpipe)

        r = Readable()
        r.pipe(w)

        assert passed
    run(main)
