"""Port of Node's test/parallel/test-stream-decoder-objectmode.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-decoder-objectmode.js
"""

from node_http_agent import stream


def test_stream_decoder_objectmode(run):
    def main():
        readable = stream.Readable({
            'read': lambda size: None,
            'encoding': 'utf16le',
            'objectMode': True,
        })

        readable.push('abc'.encode('utf-16-le'))
        readable.push('def'.encode('utf-16-le'))
        readable.push(None)

        # Without object mode, these would be concatenated into a single chunk.
        assert readable.read() == 'abc'
        assert readable.read() == 'def'
        assert readable.read() is None
    run(main)
