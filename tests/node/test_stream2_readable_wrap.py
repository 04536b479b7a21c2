"""Port of Node's test/parallel/test-stream2-readable-wrap.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-wrap.js
"""

import pytest

from node_http_agent import process
from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setTimeout


def typed(values):
    """deepStrictEqual tells false from 0: compare types too."""
    return [(type(v), v) for v in values]


def runTest(common, highWaterMark, objectMode, produce):
    old = EE()
    r = Readable({'highWaterMark': highWaterMark, 'objectMode': objectMode})
    assert r is r.wrap(old)

    r.on('end', common.mustCall())

    def pause(*args):
        nonlocal flowing
        old.emit('pause')
        flowing = False
    old.pause = pause

    def resume(*args):
        old.emit('resume')
        flow()
    old.resume = resume

    # Make sure pause is only emitted once.
    pausing = False

    def onpause():
        nonlocal pausing
        assert pausing is False
        pausing = True

        def later():
            nonlocal pausing
            pausing = False
        process.nextTick(later)
    r.on('pause', common.mustCallAtLeast(onpause))

    flowing = None
    chunks = 10
    oldEnded = False
    expected = []

    def flow():
        nonlocal flowing, chunks, oldEnded
        flowing = True
        while flowing:
            chunks -= 1
            if not chunks + 1 > 0:
                break
            item = produce()
            expected.append(item)
            old.emit('data', item)
        if chunks <= 0:
            oldEnded = True
            old.emit('end')

    w = Writable({'highWaterMark': highWaterMark * 2,
                  'objectMode': objectMode})
    written = []

    def _write(chunk, encoding, cb):
        written.append(chunk)
        setTimeout(cb, 1)
    w._write = _write

    def performAsserts():
        assert oldEnded
        assert typed(written) == typed(expected)

    w.on('finish', common.mustCall(lambda: performAsserts()))

    r.pipe(w)

    flow()


runTest.__test__ = False  # a helper, not a pytest test

objectChunks = [5, 'a', False, 0, '', 'xyz', {'x': 4}, 7, [], 555]


@pytest.mark.parametrize('highWaterMark, objectMode, produce', [
    (100, False, lambda: bytes(100)),
    (10, False, lambda: b'xxxxxxxxxx'),
    (1, True, lambda: {'foo': 'bar'}),
    (1, True, lambda: objectChunks.pop(0)),
], ids=['buffers-100', 'buffers-10', 'objects', 'object-chunks'])
def test_stream2_readable_wrap(common, run, highWaterMark, objectMode, produce):
    run(lambda: runTest(common, highWaterMark, objectMode, produce))
