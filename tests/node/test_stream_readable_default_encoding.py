"""Port of Node's test/parallel/test-stream-readable-default-encoding.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-default-encoding.js
"""

import pytest

from node_http_agent.stream import Readable


def test_stream_readable_default_encoding_invalid(common, run):
    def main():
        with pytest.raises(Exception) as info:
            Readable({
                'read': lambda size: None,
                'defaultEncoding': 'my invalid encoding',
            })
        common.expectsError({'code': 'ERR_UNKNOWN_ENCODING'})(info.value)
    run(main)


def test_stream_readable_default_encoding_hex(common, run):
    def main():
        r = Readable({
            'read': lambda size: None,
            'defaultEncoding': 'hex',
        })

        r.push('ab')

        def ondata(chunk):
            assert chunk.hex() == 'ab'
        r.on('data', common.mustCall(ondata))
    run(main)


def test_stream_readable_default_encoding_explicit(common, run):
    def main():
        r = Readable({
            'read': lambda size: None,
            'defaultEncoding': 'hex',
        })

        r.push('xy', 'utf-8')

        def ondata(chunk):
            assert chunk.decode('utf-8') == 'xy'
        r.on('data', common.mustCall(ondata))
    run(main)
