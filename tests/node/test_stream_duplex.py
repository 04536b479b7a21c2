"""Port of Node's test/parallel/test-stream-duplex.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex.js

Left out: the Duplex.fromWeb/toWeb blocks (web streams; the BYOB one needs
Node > 20). The part kept passes on Node 20.
"""

from node_http_agent.stream import Duplex


def test_stream_duplex(run):
    written = read = None

    def main():
        nonlocal written, read
        stream = Duplex({'objectMode': True})

        assert isinstance(Duplex(), Duplex)
        assert stream._readableState.objectMode
        assert stream._writableState.objectMode
        assert stream.allowHalfOpen
        assert stream.listenerCount('end') == 0

        def _write(obj, _, cb):
            nonlocal written
            written = obj
            cb()
        stream._write = _write

        stream._read = lambda size: None

        def ondata(obj):
            nonlocal read
            read = obj
        stream.on('data', ondata)

        stream.push({'val': 1})
        stream.end({'val': 2})
    run(main)

    # process.on('exit')
    assert read['val'] == 1
    assert written['val'] == 2
