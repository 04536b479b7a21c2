"""Port of Node's test/parallel/test-stream-writable-change-default-encoding.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-change-default-encoding.js
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


def test_default_encoding_is_utf8(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert enc == 'utf8'
        m = MyWritable(common.mustCall(check), {'decodeStrings': False})
        m.write('foo')
        m.end()
    run(main)


def test_change_default_encoding_to_ascii(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert enc == 'ascii'
        m = MyWritable(common.mustCall(check), {'decodeStrings': False})
        m.setDefaultEncoding('ascii')
        m.write('bar')
        m.end()
    run(main)


def test_invalid_default_encoding(common, run):
    # Change default encoding to invalid value.
    def main():
        with pytest.raises(Exception) as info:
            m = MyWritable(
                lambda isBuffer, type, enc: None,
                {'decodeStrings': False})
            m.setDefaultEncoding({})
            m.write('bar')
            m.end()
        common.expectsError({
            'name': 'TypeError',
            'code': 'ERR_UNKNOWN_ENCODING',
            'message': 'Unknown encoding: {}',
        })(info.value)
    run(main)


def test_variable_case_encoding(common, run):
    def main():
        def check(isBuffer, type, enc):
            assert enc == 'ascii'
        m = MyWritable(common.mustCall(check), {'decodeStrings': False})
        m.setDefaultEncoding('AsCii')
        m.write('bar')
        m.end()
    run(main)
