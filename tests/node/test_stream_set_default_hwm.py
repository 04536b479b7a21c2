"""Port of Node's test/parallel/test-stream-set-default-hwm.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-set-default-hwm.js

The defaults are process-wide: the port puts them back after the test (a
Node test runs in its own process).
"""

import pytest

from node_http_agent.stream import (
    Readable,
    Transform,
    Writable,
    getDefaultHighWaterMark,
    setDefaultHighWaterMark,
)


@pytest.fixture
def restoreDefaults():
    saved = getDefaultHighWaterMark(False), getDefaultHighWaterMark(True)
    yield
    setDefaultHighWaterMark(False, saved[0])
    setDefaultHighWaterMark(True, saved[1])


def test_stream_set_default_hwm(run, restoreDefaults):
    def main():
        assert getDefaultHighWaterMark(False) != 32 * 1000
        setDefaultHighWaterMark(False, 32 * 1000)
        assert getDefaultHighWaterMark(False) == 32 * 1000

        assert getDefaultHighWaterMark(True) != 32
        setDefaultHighWaterMark(True, 32)
        assert getDefaultHighWaterMark(True) == 32

        w = Writable({'write': lambda chunk, encoding, cb: None})
        assert w.writableHighWaterMark == 32 * 1000

        r = Readable({'read': lambda size: None})
        assert r.readableHighWaterMark == 32 * 1000

        t = Transform({'transform': lambda chunk, encoding, cb: None})
        assert t.writableHighWaterMark == 32 * 1000
        assert t.readableHighWaterMark == 32 * 1000
    run(main)
