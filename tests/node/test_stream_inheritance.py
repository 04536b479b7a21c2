"""Port of Node's test/parallel/test-stream-inheritance.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-inheritance.js

``instanceof`` is ``isinstance`` (Node needs Symbol.hasInstance on Writable
for Duplex; Python's multiple inheritance gives it). The CustomWritable
blocks (a constructor function called without ``new``, ``this`` undefined, and
its instanceof checks against a class) are left out: JS-only.
"""

from node_http_agent.stream import Duplex, Readable, Transform, Writable


def noop(*args):
    pass


def test_stream_inheritance(run):
    def main():
        readable = Readable({'read': noop})
        writable = Writable({'write': noop})
        duplex = Duplex({'read': noop, 'write': noop})
        transform = Transform({'transform': noop})

        assert isinstance(readable, Readable)
        assert not isinstance(writable, Readable)
        assert isinstance(duplex, Readable)
        assert isinstance(transform, Readable)

        assert not isinstance(readable, Writable)
        assert isinstance(writable, Writable)
        assert isinstance(duplex, Writable)
        assert isinstance(transform, Writable)

        assert not isinstance(readable, Duplex)
        assert not isinstance(writable, Duplex)
        assert isinstance(duplex, Duplex)
        assert isinstance(transform, Duplex)

        assert not isinstance(readable, Transform)
        assert not isinstance(writable, Transform)
        assert not isinstance(duplex, Transform)
        assert isinstance(transform, Transform)

        assert not isinstance(None, Writable)  # null and undefined are both None
    run(main)
