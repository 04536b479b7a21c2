"""Port of Node's test/parallel/test-string-decoder-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-string-decoder-end.js

Verify that the string decoder works getting 1 byte at a time,
the whole buffer at once, and that both match the .toString(enc)
result of the entire buffer.

``buf.toString(enc)`` is the local ``toString`` (Python's codecs, with
Node's rules: UTF-16LE drops an odd last byte and keeps lone surrogates,
base64url has no padding). Concatenated lone surrogates stay two code points
in Python (``'\\ud83d' + '\\udc4d'``), so JS's ``===`` on decoded text is
compared as UTF-16 code units (``jsString``).
"""

import base64

from node_http_agent.string_decoder import StringDecoder as SD

encodings = ['base64', 'base64url', 'hex', 'utf8', 'utf16le', 'ucs2']


def jsString(text):
    """The UTF-16 code units of ``text``: what JS's ``===`` compares."""
    return text.encode('utf-16-le', 'surrogatepass')


def toString(buf, encoding):
    """``Buffer.prototype.toString(encoding)``."""
    if encoding == 'utf8':
        return buf.decode('utf-8', 'replace')
    if encoding in ('utf16le', 'ucs2'):
        return buf[:len(buf) - len(buf) % 2].decode('utf-16-le', 'surrogatepass')
    if encoding == 'hex':
        return buf.hex()
    if encoding == 'base64':
        return base64.b64encode(buf).decode('ascii')
    if encoding == 'base64url':
        return base64.urlsafe_b64encode(buf).decode('ascii').rstrip('=')
    raise AssertionError(encoding)


def _testEncoding(encoding, bufs):
    for buf in bufs:
        _testBuf(encoding, buf)


def _testBuf(encoding, buf):
    # Write one byte at a time.
    s = SD(encoding)
    res1 = ''
    for i in range(len(buf)):
        res1 += s.write(buf[i:i + 1])
    res1 += s.end()

    # Write the whole buffer at once.
    res2 = ''
    s = SD(encoding)
    res2 += s.write(buf)
    res2 += s.end()

    # .toString() on the buffer
    res3 = toString(buf, encoding)

    # One byte at a time should match toString
    assert jsString(res1) == jsString(res3)
    # All bytes at once should match toString
    assert jsString(res2) == jsString(res3)


def _testEnd(encoding, incomplete, next, expected):
    res = ''
    s = SD(encoding)
    res += s.write(incomplete)
    res += s.end()
    res += s.write(next)
    res += s.end()

    assert jsString(res) == jsString(expected)


def test_string_decoder_end():
    bufs = [x.encode() for x in ['☃💩', 'asdf']]

    # Also test just arbitrary bytes from 0-15.
    for i in range(1, 17):
        bufs.append(bytes(j + 0x78 for j in range(i)))

    for encoding in encodings:
        _testEncoding(encoding, bufs)

    _testEnd('utf8', bytes([0xE2]), bytes([0x61]), '\uFFFDa')
    _testEnd('utf8', bytes([0xE2]), bytes([0x82]), '\uFFFD\uFFFD')
    _testEnd('utf8', bytes([0xE2]), bytes([0xE2]), '\uFFFD\uFFFD')
    _testEnd('utf8', bytes([0xE2, 0x82]), bytes([0x61]), '\uFFFDa')
    _testEnd('utf8', bytes([0xE2, 0x82]), bytes([0xAC]), '\uFFFD\uFFFD')
    _testEnd('utf8', bytes([0xE2, 0x82]), bytes([0xE2]), '\uFFFD\uFFFD')
    _testEnd('utf8', bytes([0xE2, 0x82, 0xAC]), bytes([0x61]), '€a')

    _testEnd('utf16le', bytes([0x3D]), bytes([0x61, 0x00]), 'a')
    _testEnd('utf16le', bytes([0x3D]), bytes([0xD8, 0x4D, 0xDC]), '\u4DD8')
    _testEnd('utf16le', bytes([0x3D, 0xD8]), bytes(), '\uD83D')
    _testEnd('utf16le', bytes([0x3D, 0xD8]), bytes([0x61, 0x00]), '\uD83Da')
    _testEnd(
        'utf16le',
        bytes([0x3D, 0xD8]),
        bytes([0x4D, 0xDC]),
        '\uD83D\uDC4D',
    )
    _testEnd('utf16le', bytes([0x3D, 0xD8, 0x4D]), bytes(), '\uD83D')
    _testEnd(
        'utf16le',
        bytes([0x3D, 0xD8, 0x4D]),
        bytes([0x61, 0x00]),
        '\uD83Da',
    )
    _testEnd('utf16le', bytes([0x3D, 0xD8, 0x4D]), bytes([0xDC]), '\uD83D')
    _testEnd(
        'utf16le',
        bytes([0x3D, 0xD8, 0x4D, 0xDC]),
        bytes([0x61, 0x00]),
        '👍a',
    )

    _testEnd('base64', bytes([0x61]), bytes(), 'YQ==')
    _testEnd('base64', bytes([0x61]), bytes([0x61]), 'YQ==YQ==')
    _testEnd('base64', bytes([0x61, 0x61]), bytes(), 'YWE=')
    _testEnd('base64', bytes([0x61, 0x61]), bytes([0x61]), 'YWE=YQ==')
    _testEnd('base64', bytes([0x61, 0x61, 0x61]), bytes(), 'YWFh')
    _testEnd('base64', bytes([0x61, 0x61, 0x61]), bytes([0x61]), 'YWFhYQ==')

    _testEnd('base64url', bytes([0x61]), bytes(), 'YQ')
    _testEnd('base64url', bytes([0x61]), bytes([0x61]), 'YQYQ')
    _testEnd('base64url', bytes([0x61, 0x61]), bytes(), 'YWE')
    _testEnd('base64url', bytes([0x61, 0x61]), bytes([0x61]), 'YWEYQ')
    _testEnd('base64url', bytes([0x61, 0x61, 0x61]), bytes(), 'YWFh')
    _testEnd('base64url', bytes([0x61, 0x61, 0x61]), bytes([0x61]), 'YWFhYQ')
