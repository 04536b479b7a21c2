"""Port of Node's test/parallel/test-stream-writable-decoded-encoding.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-decoded-encoding.js
"""

import pytest

from node_http_agent import stream


def typeof(value):
    return 'string' if isinstance(value, str) else 'object'


class MyWritable(stream.Writable):
    def __init__(self, fn, options=None):
        super().__init__(options)
        self.fn = fn

    def _write(self, chunk, encoding, callback):
        self.fn(isinstance(chunk, bytes), typeof(chunk), encoding)
        callback()


def test_decode_strings_true(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert isBuffer
            assert type == 'object'
            assert enc == 'buffer'
        m = MyWritable(common.mustCall(check), {'decodeStrings': True})
        m.write('some-text', 'utf8')
        m.end()
    run(main)


def test_decode_strings_false(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert not isBuffer
            assert type == 'string'
            assert enc == 'utf8'
        m = MyWritable(common.mustCall(check), {'decodeStrings': False})
        m.write('some-text', 'utf8')
        m.end()
    run(main)


def test_invalid_default_encoding(common, run):
    def main():
        with pytest.raises(Exception) as info:
            m = MyWritable(None, {
                'defaultEncoding': 'my invalid encoding',
            })
            m.end()
        common.expectsError({'code': 'ERR_UNKNOWN_ENCODING'})(info.value)
    run(main)


def test_default_encoding_hex(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert not isBuffer
            assert type == 'string'
            assert enc == 'hex'
        w = MyWritable(common.mustCall(check), {
            'defaultEncoding': 'hex',
            'decodeStrings': False,
        })
        w.write('asd')
        w.end()
    run(main)


def test_default_encoding_null(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert not isBuffer
            assert type == 'string'
            assert enc == 'utf8'
        w = MyWritable(common.mustCall(check), {
            'defaultEncoding': None,
            'decodeStrings': False,
        })
        w.write('asd')
        w.end()
    run(main)


def test_object_mode(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert type == 'object'
            assert enc == 'utf8'
        m = MyWritable(common.mustCall(check), {'defaultEncoding': 'hex',
                                                'objectMode': True})
        m.write({'foo': 'bar'}, 'utf8')
        m.end()
    run(main)
