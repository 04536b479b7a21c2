"""Port of Node's test/parallel/test-stream-transform-split-highwatermark.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-split-highwatermark.js

``undefined`` and ``null`` are both ``None``: the ``[undefined, null]`` loop
runs once.
"""

import math

import pytest

from node_http_agent.stream import Readable, Transform, Writable, getDefaultHighWaterMark

DEFAULT = getDefaultHighWaterMark()


def testTransform(expectedReadableHwm, expectedWritableHwm, options):
    t = Transform(options)
    assert t._readableState.highWaterMark == expectedReadableHwm
    assert t._writableState.highWaterMark == expectedWritableHwm


testTransform.__test__ = False  # a helper, not a pytest test


def test_override_default_hwm(run):
    # Test overriding defaultHwm
    def main():
        testTransform(666, DEFAULT, {'readableHighWaterMark': 666})
        testTransform(DEFAULT, 777, {'writableHighWaterMark': 777})
        testTransform(666, 777, {
            'readableHighWaterMark': 666,
            'writableHighWaterMark': 777,
        })
    run(main)


def test_high_water_mark_overrides(run):
    # Test highWaterMark overriding
    def main():
        testTransform(555, 555, {
            'highWaterMark': 555,
            'readableHighWaterMark': 666,
        })
        testTransform(555, 555, {
            'highWaterMark': 555,
            'writableHighWaterMark': 777,
        })
        testTransform(555, 555, {
            'highWaterMark': 555,
            'readableHighWaterMark': 666,
            'writableHighWaterMark': 777,
        })
    run(main)


def test_undefined_null(run):
    # Test undefined, null
    def main():
        for v in [None]:
            testTransform(DEFAULT, DEFAULT, {'readableHighWaterMark': v})
            testTransform(DEFAULT, DEFAULT, {'writableHighWaterMark': v})
            testTransform(666, DEFAULT, {'highWaterMark': v, 'readableHighWaterMark': 666})
            testTransform(DEFAULT, 777, {'highWaterMark': v, 'writableHighWaterMark': 777})
    run(main)


def test_nan(common, run):
    # test NaN
    def main():
        with pytest.raises(Exception) as info:
            Transform({'readableHighWaterMark': math.nan})
        common.expectsError({
            'name': 'TypeError',
            'code': 'ERR_INVALID_ARG_VALUE',
            'message': "The property 'options.readableHighWaterMark' is invalid. "
                       'Received NaN',
        })(info.value)

        with pytest.raises(Exception) as info:
            Transform({'writableHighWaterMark': math.nan})
        common.expectsError({
            'name': 'TypeError',
            'code': 'ERR_INVALID_ARG_VALUE',
            'message': "The property 'options.writableHighWaterMark' is invalid. "
                       'Received NaN',
        })(info.value)
    run(main)


def test_non_duplex_ignore_options(run):
    # Test non Duplex streams ignore the options
    def main():
        r = Readable({'readableHighWaterMark': 666})
        assert r._readableState.highWaterMark == DEFAULT
        w = Writable({'writableHighWaterMark': 777})
        assert w._writableState.highWaterMark == DEFAULT
    run(main)
