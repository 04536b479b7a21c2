"""Port of Node's test/parallel/test-string-decoder.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-string-decoder.js

A JS string is UTF-16 code units; a Python ``str`` is code points, and two
lone surrogates returned by two ``write()`` calls stay two code points when
concatenated. So JS's ``output !== expected`` on decoded text is compared as
UTF-16 code units (``jsString``), and Node's ``'\\ud83d\\udc4d'`` is written as
the code point ``'\\U0001f44d'``.
"""

import json

import pytest

from node_http_agent.string_decoder import StringDecoder


def jsString(text):
    """The UTF-16 code units of ``text``: what JS's ``===`` compares."""
    return text.encode('utf-16-le', 'surrogatepass')


def getArrayBufferViews(buf):
    """test/common getArrayBufferViews: every TypedArray/DataView over ``buf``'s bytes.

    Python's views of a buffer: Uint8Array -> bytearray, the other TypedArrays ->
    ``memoryview.cast`` to the element format, DataView -> a plain memoryview.
    """
    out = [bytearray(buf)]
    for fmt, size in [('b', 1), ('B', 1), ('h', 2), ('H', 2), ('i', 4), ('I', 4),
                      ('f', 4), ('d', 8), ('q', 8), ('Q', 8)]:
        if len(buf) % size == 0:
            out.append(memoryview(buf).cast(fmt))
    out.append(memoryview(buf))
    return out


# Test verifies that StringDecoder will correctly decode the given input
# buffer with the given encoding to the expected output. It will attempt all
# possible ways to write() the input buffer, see writeSequences(). The
# singleSequence allows for easy debugging of a specific sequence which is
# useful in case of test failures.
def _test(encoding, input, expected, singleSequence=None):
    if not singleSequence:
        sequences = writeSequences(len(input))
    else:
        sequences = [singleSequence]
    for sequence in sequences:
        decoder = StringDecoder(encoding)
        output = ''
        for write in sequence:
            output += decoder.write(input[write[0]:write[1]])
        output += decoder.end()
        if jsString(output) != jsString(expected):
            message = (
                f'Expected "{unicodeEscape(expected)}", '
                f'but got "{unicodeEscape(output)}"\n'
                f'input: {[input.hex()[i:i + 2] for i in range(0, len(input) * 2, 2)]}\n'
                f'Write sequence: {json.dumps(sequence)}\n'
                f'Full Decoder State: {vars(decoder)!r}')
            pytest.fail(message)


# unicodeEscape prints the str contents as unicode escape codes.
def unicodeEscape(str_):
    return ''.join(f'\\u{ord(c):x}' for c in str_)


# writeSequences returns an array of arrays that describes all possible ways a
# buffer of the given length could be split up and passed to sequential write
# calls.
#
# e.G. writeSequences(3) will return: [
#   [ [ 0, 3 ] ],
#   [ [ 0, 2 ], [ 2, 3 ] ],
#   [ [ 0, 1 ], [ 1, 3 ] ],
#   [ [ 0, 1 ], [ 1, 2 ], [ 2, 3 ] ]
# ]
def writeSequences(length, start=None, sequence=None):
    if start is None:
        start = 0
        sequence = []
    elif start == length:
        return [sequence]
    sequences = []
    for end in range(length, start, -1):
        subSequence = sequence + [[start, end]]
        subSequences = writeSequences(length, end, subSequence)
        sequences = sequences + subSequences
    return sequences


def test_string_decoder(common):
    # Test default encoding
    decoder = StringDecoder()
    assert decoder.encoding == 'utf8'

    # Should work without 'new' keyword: StringDecoder.call(decoder2) left out
    # (a JS constructor called on a plain object).

    # UTF-8
    _test('utf-8', '$'.encode('utf-8'), '$')
    _test('utf-8', '¢'.encode('utf-8'), '¢')
    _test('utf-8', '€'.encode('utf-8'), '€')
    _test('utf-8', '𤭢'.encode('utf-8'), '𤭢')
    # A mixed ascii and non-ascii string
    # Test stolen from deps/v8/test/cctest/test-strings.cc
    # U+02E4 -> CB A4
    # U+0064 -> 64
    # U+12E4 -> E1 8B A4
    # U+0030 -> 30
    # U+3045 -> E3 81 85
    _test(
        'utf-8',
        bytes([0xCB, 0xA4, 0x64, 0xE1, 0x8B, 0xA4, 0x30, 0xE3, 0x81, 0x85]),
        '\u02e4\u0064\u12e4\u0030\u3045',
    )

    # Some invalid input, known to have caused trouble with chunking
    # in https://github.com/nodejs/node/pull/7310#issuecomment-226445923
    # 00: |00000000 ASCII
    # 41: |01000001 ASCII
    # B8: 10|111000 continuation
    # CC: 110|01100 two-byte head
    # E2: 1110|0010 three-byte head
    # F0: 11110|000 four-byte head
    # F1: 11110|001'another four-byte head
    # FB: 111110|11 "five-byte head", not UTF-8
    _test('utf-8', bytes.fromhex('C9B5A941'), '\u0275\ufffdA')
    _test('utf-8', bytes.fromhex('E2'), '\ufffd')
    _test('utf-8', bytes.fromhex('E241'), '\ufffdA')
    _test('utf-8', bytes.fromhex('CCCCB8'), '\ufffd\u0338')
    _test('utf-8', bytes.fromhex('F0B841'), '\ufffdA')
    _test('utf-8', bytes.fromhex('F1CCB8'), '\ufffd\u0338')
    _test('utf-8', bytes.fromhex('F0FB00'), '\ufffd\ufffd\0')
    _test('utf-8', bytes.fromhex('CCE2B8B8'), '\ufffd\u2e38')
    _test('utf-8', bytes.fromhex('E2B8CCB8'), '\ufffd\u0338')
    _test('utf-8', bytes.fromhex('E2FBCC01'), '\ufffd\ufffd\ufffd\u0001')
    _test('utf-8', bytes.fromhex('CCB8CDB9'), '\u0338\u0379')
    # CESU-8 of U+1D40D

    # V8 has changed their invalid UTF-8 handling, see
    # https://chromium-review.googlesource.com/c/v8/v8/+/671020 for more info.
    _test('utf-8', bytes.fromhex('EDA0B5EDB08D'),
          '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd')

    # UCS-2
    _test('ucs2', 'ababc'.encode('utf-16-le'), 'ababc')

    # UTF-16LE
    _test('utf16le', bytes.fromhex('3DD84DDC'), '\U0001f44d')  # thumbs up

    # Additional UTF-8 tests
    decoder = StringDecoder('utf8')
    assert decoder.write(bytes.fromhex('E1')) == ''

    # A quick test for lastChar, lastNeed & lastTotal which are undocumented.
    assert decoder.lastChar == bytes([0xe1, 0, 0, 0])
    assert decoder.lastNeed == 2
    assert decoder.lastTotal == 3

    assert decoder.end() == '\ufffd'

    # ArrayBufferView tests
    arrayBufferViewStr = 'String for ArrayBufferView tests\n'
    inputBuffer = (arrayBufferViewStr * 8).encode('utf8')
    for expectView in getArrayBufferViews(inputBuffer):
        assert decoder.write(expectView) == inputBuffer.decode('utf8')
        assert decoder.end() == ''

    decoder = StringDecoder('utf8')
    assert decoder.write(bytes.fromhex('E18B')) == ''
    assert decoder.end() == '\ufffd'

    decoder = StringDecoder('utf8')
    assert decoder.write('\ufffd'.encode()) == '\ufffd'
    assert decoder.end() == ''

    decoder = StringDecoder('utf8')
    assert decoder.write('\ufffd\ufffd\ufffd'.encode()) == '\ufffd\ufffd\ufffd'
    assert decoder.end() == ''

    decoder = StringDecoder('utf8')
    assert decoder.write(bytes.fromhex('EFBFBDE2')) == '\ufffd'
    assert decoder.end() == '\ufffd'

    decoder = StringDecoder('utf8')
    assert decoder.write(bytes.fromhex('F1')) == ''
    assert decoder.write(bytes.fromhex('41F2')) == '\ufffdA'
    assert decoder.end() == '\ufffd'

    # Additional utf8Text test
    decoder = StringDecoder('utf8')
    assert decoder.text(bytes([0x41]), 2) == ''

    # Additional UTF-16LE surrogate pair tests
    decoder = StringDecoder('utf16le')
    assert decoder.write(bytes.fromhex('3DD8')) == ''
    assert decoder.write(bytes.fromhex('4D')) == ''
    assert decoder.write(bytes.fromhex('DC')) == '\U0001f44d'
    assert decoder.end() == ''

    decoder = StringDecoder('utf16le')
    assert decoder.write(bytes.fromhex('3DD8')) == ''
    assert decoder.end() == '\ud83d'

    decoder = StringDecoder('utf16le')
    assert decoder.write(bytes.fromhex('3DD8')) == ''
    assert decoder.write(bytes.fromhex('4D')) == ''
    assert decoder.end() == '\ud83d'

    decoder = StringDecoder('utf16le')
    assert decoder.write(bytes.fromhex('3DD84D')) == '\ud83d'
    assert decoder.end() == ''

    # Regression test for https://github.com/nodejs/node/issues/22358
    # (unaligned UTF-16 access).
    decoder = StringDecoder('utf16le')
    assert decoder.write(bytes(1)) == ''
    assert decoder.write(bytes(20)) == '\0' * 10
    assert decoder.write(bytes(48)) == '\0' * 24
    assert decoder.end() == ''

    # Regression tests for https://github.com/nodejs/node/issues/22626
    # (not enough replacement chars when having seen more than one byte of an
    # incomplete multibyte characters).
    decoder = StringDecoder('utf8')
    assert decoder.write(bytes.fromhex('f69b')) == ''
    assert decoder.write(bytes.fromhex('d1')) == '\ufffd\ufffd'
    assert decoder.end() == '\ufffd'
    assert decoder.write(bytes.fromhex('f4')) == ''
    assert decoder.write(bytes.fromhex('bde5')) == '\ufffd\ufffd'
    assert decoder.end() == '\ufffd'

    with pytest.raises(Exception) as info:
        StringDecoder(1)
    common.expectsError({
        'code': 'ERR_UNKNOWN_ENCODING',
        'name': 'TypeError',
        'message': 'Unknown encoding: 1',
    })(info.value)

    with pytest.raises(Exception) as info:
        StringDecoder('test')
    common.expectsError({
        'code': 'ERR_UNKNOWN_ENCODING',
        'name': 'TypeError',
        'message': 'Unknown encoding: test',
    })(info.value)

    with pytest.raises(Exception) as info:
        StringDecoder('utf8').write(None)
    common.expectsError({
        'code': 'ERR_INVALID_ARG_TYPE',
        'name': 'TypeError',
        'message': 'The "buf" argument must be an instance of Buffer, TypedArray,'
                   ' or DataView. Received null',
    })(info.value)

    # common.enoughTestMem block left out: ERR_STRING_TOO_LONG is V8's string
    # length limit, which Python has not.

    # `StringDecoder.prototype.write` on the prototype (ERR_INVALID_THIS) left
    # out: a JS prototype trick.
