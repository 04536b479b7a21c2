"""Port of Node's test/parallel/test-stream-event-names.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-event-names.js
"""

from node_http_agent.stream import Duplex, Readable, Writable


def noop(*args):
    pass


def test_readable_empty(run):
    def main():
        stream = Readable()
        assert len(stream.eventNames()) == 0
    run(main)


def test_readable_order(run):
    def main():
        stream = Readable()
        stream.on('foo', noop)
        stream.on('data', noop)
        stream.on('error', noop)
        assert stream.eventNames() == ['error', 'data', 'foo']
    run(main)


def test_writable_empty(run):
    def main():
        stream = Writable()
        assert len(stream.eventNames()) == 0
    run(main)


def test_writable_order(run):
    def main():
        stream = Writable()
        stream.on('foo', noop)
        stream.on('drain', noop)
        stream.on('prefinish', noop)
        assert stream.eventNames() == ['prefinish', 'drain', 'foo']
    run(main)


def test_duplex_empty(run):
    def main():
        stream = Duplex()
        assert len(stream.eventNames()) == 0
    run(main)


def test_duplex_order(run):
    def main():
        stream = Duplex()
        stream.on('foo', noop)
        stream.on('finish', noop)
        assert stream.eventNames() == ['finish', 'foo']
    run(main)
