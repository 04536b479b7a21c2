"""Port of Node's test/parallel/test-stream-pipe-cleanup.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-cleanup.js

Node builds its classes from constructor functions whose prototypes chain to
``Stream.prototype``; in Python they are subclasses of ``stream.Stream``.
"""

from node_http_agent import stream


class Writable(stream.Stream):
    def __init__(self):
        self.writable = True
        self.endCalls = 0
        stream.Stream.__init__(self)

    def end(self, *args):
        self.endCalls += 1

    def destroy(self, *args):
        self.endCalls += 1


class Readable(stream.Stream):
    def __init__(self):
        self.readable = True
        stream.Stream.__init__(self)


class Duplex(Writable):
    def __init__(self):
        self.readable = True
        Writable.__init__(self)


def test_stream_pipe_cleanup(run):
    def main():
        limit = 100

        w = Writable()

        for i in range(limit):
            r = Readable()
            r.pipe(w)
            r.emit('end')
        assert len(r.listeners('end')) == 0
        assert w.endCalls == limit

        w.endCalls = 0

        for i in range(limit):
            r = Readable()
            r.pipe(w)
            r.emit('close')
        assert len(r.listeners('close')) == 0
        assert w.endCalls == limit

        w.endCalls = 0

        r = Readable()

        for i in range(limit):
            w = Writable()
            r.pipe(w)
            w.emit('close')
        assert len(w.listeners('close')) == 0

        r = Readable()
        w = Writable()
        d = Duplex()
        r.pipe(d)  # pipeline A
        d.pipe(w)  # pipeline B
        assert len(r.listeners('end')) == 2    # A.onend, A.cleanup
        assert len(r.listeners('close')) == 2  # A.onclose, A.cleanup
        assert len(d.listeners('end')) == 2    # B.onend, B.cleanup
        # A.cleanup, B.onclose, B.cleanup
        assert len(d.listeners('close')) == 3
        assert len(w.listeners('end')) == 0
        assert len(w.listeners('close')) == 1  # B.cleanup

        r.emit('end')
        assert d.endCalls == 1
        assert w.endCalls == 0
        assert len(r.listeners('end')) == 0
        assert len(r.listeners('close')) == 0
        assert len(d.listeners('end')) == 2    # B.onend, B.cleanup
        assert len(d.listeners('close')) == 2  # B.onclose, B.cleanup
        assert len(w.listeners('end')) == 0
        assert len(w.listeners('close')) == 1  # B.cleanup

        d.emit('end')
        assert d.endCalls == 1
        assert w.endCalls == 1
        assert len(r.listeners('end')) == 0
        assert len(r.listeners('close')) == 0
        assert len(d.listeners('end')) == 0
        assert len(d.listeners('close')) == 0
        assert len(w.listeners('end')) == 0
        assert len(w.listeners('close')) == 0
    run(main)
