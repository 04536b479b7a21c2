"""Port of Node's test/parallel/test-string-decoder-fuzz.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-string-decoder-fuzz.js

``Buffer.concat(bufs).toString(enc)`` is the local ``toString`` (Python's
codecs with Node's rules). JS's ``===`` on text compares UTF-16 code units
(``jsString``): two lone surrogates from two ``write()`` calls make one
character in JS and stay two code points in Python.
"""

import base64
import math
import random
import time

from node_http_agent.string_decoder import StringDecoder

# Tests that, for random sequences of bytes, our StringDecoder gives the
# same result as a direction conversion using Buffer.toString().
# In particular, it checks that StringDecoder aligns with V8's own output.


def jsString(text):
    """The UTF-16 code units of ``text``: what JS's ``===`` compares."""
    return text.encode('utf-16-le', 'surrogatepass')


def toString(buf, encoding):
    """``Buffer.prototype.toString(encoding)``."""
    if encoding == 'utf8':
        return buf.decode('utf-8', 'replace')
    if encoding == 'utf16le':
        return buf[:len(buf) - len(buf) % 2].decode('utf-16-le', 'surrogatepass')
    if encoding == 'ascii':
        return bytes(b & 0x7f for b in buf).decode('ascii')
    if encoding == 'latin1':
        return buf.decode('latin-1')
    if encoding == 'hex':
        return buf.hex()
    if encoding == 'base64':
        return base64.b64encode(buf).decode('ascii')
    if encoding == 'base64url':
        return base64.urlsafe_b64encode(buf).decode('ascii').rstrip('=')
    raise AssertionError(encoding)


def rand(max_):
    return math.floor(random.random() * max_)


def randBuf(maxLen):
    return bytes(rand(256) for _ in range(rand(maxLen)))


encodings = [
    'utf16le', 'utf8', 'ascii', 'hex', 'base64', 'latin1', 'base64url',
]


def runSingleFuzzTest():
    enc = encodings[rand(len(encodings))]
    sd = StringDecoder(enc)
    bufs = []
    strings = []

    N = rand(10)
    for i in range(N):
        buf = randBuf(50)
        bufs.append(buf)
        strings.append(sd.write(buf))
    strings.append(sd.end())

    assert jsString(''.join(strings)) == jsString(toString(b''.join(bufs), enc)), (
        f'Mismatch:\n{strings!r}\n' + repr([buf.hex() for buf in bufs]) +
        f'\nfor encoding {enc}')


def test_string_decoder_fuzz():
    start = time.monotonic()
    while time.monotonic() - start < 0.1:
        runSingleFuzzTest()
