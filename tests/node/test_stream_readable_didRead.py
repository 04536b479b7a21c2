"""Port of Node's test/parallel/test-stream-readable-didRead.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-didRead.js
"""

import pytest

from node_http_agent.stream import Readable, isDisturbed, isErrored
from node_http_agent.timers import setImmediate


def noop(*args):
    pass


def check(common, readable, data, fn):
    assert readable.readableDidRead is False
    assert isDisturbed(readable) is False
    assert isErrored(readable) is False
    if data == -1:
        def onerror(*args):
            assert isErrored(readable) is True
        readable.on('error', common.mustCall(onerror))
        readable.on('data', common.mustNotCall())
        readable.on('end', common.mustNotCall())
    else:
        readable.on('error', common.mustNotCall())
        if data == -2:
            readable.on('end', common.mustNotCall())
        else:
            readable.on('end', common.mustCall())
        if data > 0:
            readable.on('data', common.mustCallAtLeast(data))
        else:
            readable.on('data', common.mustNotCall())
    readable.on('close', common.mustCall())
    fn()

    def later():
        assert readable.readableDidRead == (data > 0)
        if data > 0:
            assert isDisturbed(readable) is True
    setImmediate(common.mustCall(later))


def pushNull(readable):
    return lambda size: readable.push(None)


def pushData(readable):
    def read(size):
        readable.push('data')
        readable.push(None)
    return read


def dataOnOff(readable):
    readable.on('data', noop)
    readable.off('data', noop)


@pytest.mark.parametrize('read, data, fn', [
    (pushNull, 0, lambda readable: readable.read()),
    (pushNull, 0, lambda readable: readable.resume()),
    (pushNull, -2, lambda readable: readable.destroy()),
    (pushNull, -1, lambda readable: readable.destroy(Exception())),
    (pushData, 1, lambda readable: readable.on('data', noop)),
    (pushData, 1, dataOnOff),
], ids=['read', 'resume', 'destroy', 'destroy-error', 'data', 'data-off'])
def test_stream_readable_didRead(common, run, read, data, fn):
    # Node's six blocks, one per parameter set.
    def main():
        readable = Readable({'read': lambda size: read(readable)(size)})
        check(common, readable, data, lambda: fn(readable))
    run(main)
