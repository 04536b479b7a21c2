"""Port of Node's test/parallel/test-stream-duplex-writable-finished.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-writable-finished.js
"""

from node_http_agent.stream import Duplex


def test_stream_duplex_writable_finished_basic():
    # Find it on Duplex.prototype
    # (Object.hasOwn(Duplex.prototype, ...): the class has the property, own or
    # through its bases; JS's own-property layout is not ported)
    assert isinstance(getattr(Duplex, 'writableFinished', None), property)


def test_stream_duplex_writable_finished_event(common, run):
    def main():
        duplex = Duplex()

        def _write(chunk, encoding, cb):
            # The state finished should start in false.
            assert duplex.writableFinished is False
            cb()
        duplex._write = common.mustCall(_write)

        def onfinish():
            assert duplex.writableFinished is True
        duplex.on('finish', common.mustCall(onfinish))

        def onend(*args):
            assert duplex.writableFinished is True
        duplex.end('testing finished state', common.mustCall(onend))
    run(main)
