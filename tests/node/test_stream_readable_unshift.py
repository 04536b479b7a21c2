"""Port of Node's test/parallel/test-stream-readable-unshift.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-unshift.js

``Buffer.from(string, enc)``/``buf.toString(enc)`` are the local
``bufferFrom``/``toString`` (Node's rules for the encodings used here).
"""

import base64
import re

from node_http_agent.stream import Readable


def bufferFrom(text, enc='utf8'):
    """``Buffer.from(text, enc)``: hex stops at the first bad pair, base64 is lenient."""
    if enc == 'utf8':
        return text.encode('utf-8')
    if enc in ('binary', 'latin1'):
        return bytes(ord(c) & 0xff for c in text)
    if enc == 'hex':
        pairs = re.match(r'(?:[0-9a-fA-F]{2})*', text).group(0)
        return bytes.fromhex(pairs)
    if enc == 'base64':
        return base64.b64decode(text + '=' * (-len(text) % 4))
    raise AssertionError(enc)


def toString(buf, enc='utf8'):
    """``buf.toString(enc)``."""
    if enc == 'utf8':
        return buf.decode('utf-8', 'replace')
    if enc in ('binary', 'latin1'):
        return buf.decode('latin-1')
    if enc == 'hex':
        return buf.hex()
    if enc == 'base64':
        return base64.b64encode(buf).decode('ascii')
    raise AssertionError(enc)


def noop(*args):
    pass


def test_strings_saved_as_buffer(common, run):
    # Check that strings are saved as Buffer
    def main():
        readable = Readable({'read': noop})

        string = 'abc'

        def ondata(chunk):
            assert isinstance(chunk, bytes)
            assert toString(chunk, 'utf8') == string
        readable.on('data', common.mustCall(ondata, 1))

        readable.unshift(string)
    run(main)


def test_data_goes_at_the_beginning(common, run):
    # Check that data goes at the beginning
    def main():
        readable = Readable({'read': noop})
        unshift = 'front'
        push = 'back'

        expected = [unshift, push]

        def ondata(chunk):
            assert toString(chunk, 'utf8') == expected.pop(0)
        readable.on('data', common.mustCall(ondata, 2))

        readable.push(push)
        readable.unshift(unshift)
    run(main)


def test_buffer_saved_with_encoding(common, run):
    # Check that buffer is saved with correct encoding
    def main():
        readable = Readable({'read': noop})

        encoding = 'base64'
        string = toString(b'abc', encoding)

        def ondata(chunk):
            assert toString(chunk, encoding) == string
        readable.on('data', common.mustCall(ondata, 1))

        readable.unshift(string, encoding)
    run(main)


def test_unshift_with_stream_encoding(common, run):
    streamEncoding = 'base64'

    def checkEncoding(readable):
        # chunk encodings
        encodings = ['utf8', 'binary', 'hex', 'base64']
        expected = []

        def ondata(chunk):
            item = expected.pop()
            # chunk.toString(encoding) of a string chunk is the string itself
            assert str(chunk) == item['string']
        readable.on('data', common.mustCall(ondata, len(encodings)))

        for encoding in encodings:
            string = 'abc'

            # If encoding is the same as the state.encoding the string is
            # saved as is
            expect = toString(bufferFrom(string, encoding), streamEncoding) \
                if encoding != streamEncoding else string

            expected.append({'encoding': encoding, 'string': expect})

            readable.unshift(string, encoding)

    def main():
        r1 = Readable({'read': noop})
        r1.setEncoding(streamEncoding)
        checkEncoding(r1)

        r2 = Readable({'read': noop, 'encoding': streamEncoding})
        checkEncoding(r2)
    run(main)


def test_push_and_unshift_same_encoding(common, run):
    # Both .push & .unshift should have the same behaviour
    # When setting an encoding, each chunk should be emitted with that encoding
    encoding = 'base64'

    def checkEncoding(readable):
        string = 'abc'

        def ondata(chunk):
            assert chunk == toString(string.encode(), encoding)
        readable.on('data', common.mustCall(ondata, 2))

        readable.push(string)
        readable.unshift(string)

    def main():
        r1 = Readable({'read': noop})
        r1.setEncoding(encoding)
        checkEncoding(r1)

        r2 = Readable({'read': noop, 'encoding': encoding})
        checkEncoding(r2)
    run(main)


def test_object_mode(common, run):
    # Check that ObjectMode works
    def main():
        readable = Readable({'objectMode': True, 'read': noop})

        chunks = ['a', 1, {}, []]

        def ondata(chunk):
            assert chunk is chunks.pop()
        readable.on('data', common.mustCall(ondata, len(chunks)))

        for chunk in list(chunks):
            readable.unshift(chunk)
    run(main)


def test_unshift_above_hwm(common, run):
    # Should not throw: https://github.com/nodejs/node/issues/27192
    highWaterMark = 50

    class ArrayReader(Readable):
        def __init__(self, opt=None):
            super().__init__({'highWaterMark': highWaterMark})
            # The error happened only when pushing above hwm
            self.buffer = [str(x) for x in [0] * (highWaterMark * 2)]

        def _read(self, size):
            while len(self.buffer):
                chunk = self.buffer.pop(0)
                if not len(self.buffer):
                    self.push(chunk)
                    self.push(None)
                    return True
                if not self.push(chunk):
                    return

    def main():
        def onRead():
            while stream.read() is not None:
                # Remove the 'readable' listener before unshifting
                stream.removeListener('readable', onRead)
                stream.unshift('a')
                stream.on('data', lambda chunk: None)  # console.log(chunk.length)
                break

        stream = ArrayReader()
        stream.once('readable', common.mustCall(onRead))
        stream.on('end', common.mustCall())
    run(main)
