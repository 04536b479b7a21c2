"""Node's ``string_decoder``: :class:`StringDecoder` (lib/string_decoder.js).

Node 20 keeps the decoder's state in a small native buffer and decodes in C++
(src/string_decoder.cc, ``DecodeData``/``FlushData``); this module ports that
algorithm byte for byte: which bytes of an incomplete character are kept for
the next ``write()``, where an invalid UTF-8 sequence is cut and replaced by
U+FFFD, and what ``end()`` makes of a partial character. The state fields are
those Node exposes: ``lastNeed`` (bytes still missing), ``lastTotal``
(buffered + missing) and ``lastChar`` (the 4-byte incomplete-character area).

A Buffer is ``bytes`` (``bytearray`` and ``memoryview`` are accepted as
TypedArray/DataView); a ``str`` passed to ``write()`` is returned as is, as in
Node.
"""

from __future__ import annotations

import base64 as _base64
from typing import Any

from .errors import ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING
from .util import inspect

__all__ = ['StringDecoder']

# lib/internal/util.js normalizeEncoding: the spellings Node accepts, lowercased
_ENCODINGS = {
    'utf8': 'utf8', 'utf-8': 'utf8',
    'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
    'latin1': 'latin1', 'binary': 'latin1',
    'base64': 'base64', 'base64url': 'base64url',
    'hex': 'hex', 'ascii': 'ascii',
}

# src/string_decoder.h: kIncompleteCharactersEnd, the size of lastChar
_INCOMPLETE_END = 4
_ASCII_TABLE = bytes(range(128)) * 2


def normalizeEncoding(enc: Any) -> str:
    """lib/string_decoder.js normalizeEncoding: Node's canonical name, or ERR_UNKNOWN_ENCODING."""
    if enc is None or enc == 'utf8':
        return 'utf8'
    if isinstance(enc, str):
        nenc = _ENCODINGS.get(enc.lower()) if enc else 'utf8'
        if nenc is not None:
            return nenc
        raise ERR_UNKNOWN_ENCODING(enc)
    # '%s' of a non-string: String() for primitives, inspect() for objects
    raise ERR_UNKNOWN_ENCODING(inspect(enc))


def _makeString(data: bytes, encoding: str) -> str:
    """src/string_bytes.cc StringBytes::Encode: one Buffer.toString(encoding)."""
    if encoding == 'utf8':
        return data.decode('utf-8', 'replace')
    if encoding == 'utf16le':
        # a JS string is UTF-16 code units: lone surrogates survive as themselves
        return data[:len(data) & ~1].decode('utf-16-le', 'surrogatepass')
    if encoding == 'latin1':
        return data.decode('latin-1')
    if encoding == 'ascii':
        return data.translate(_ASCII_TABLE).decode('ascii')
    if encoding == 'hex':
        return data.hex()
    if encoding == 'base64':
        return _base64.b64encode(data).decode('ascii')
    # base64url: no padding
    return _base64.urlsafe_b64encode(data).decode('ascii').rstrip('=')


class StringDecoder:
    """Decodes a stream of Buffers into strings without splitting characters."""

    def __init__(self, encoding: Any = None) -> None:
        self.encoding = normalizeEncoding(encoding)
        self._nhaFast = self.encoding == 'utf8'
        # the native state (src/string_decoder.h): incomplete bytes, missing, buffered
        self._nhaChar = bytearray(_INCOMPLETE_END)
        self._nhaMissing = 0
        self._nhaBuffered = 0

    def write(self, buf: Any) -> str:
        """Decode ``buf``, keeping the bytes of a trailing incomplete character for later."""
        if type(buf) is bytes:
            if self._nhaFast and not self._nhaBuffered and (not buf or buf[-1] < 0x80):
                # utf8 with nothing pending and the chunk ending on an ASCII byte
                return buf.decode('utf-8', 'replace')
            return self._decode(buf)
        if isinstance(buf, str):
            return buf
        if not isinstance(buf, (bytes, bytearray, memoryview)):
            raise ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf)
        return self._decode(bytes(buf))

    def end(self, buf: Any = None) -> str:
        """Decode ``buf`` (if given) and flush a pending partial character."""
        # Node: buf === undefined skips the write (None stands for it here)
        ret = '' if buf is None else self.write(buf)
        if self._nhaBuffered:
            ret += self._flush()
        return ret

    def text(self, buf: Any, offset: int) -> str:
        """Undocumented legacy: forget pending bytes, then write ``buf[offset:]``."""
        self._nhaMissing = 0
        self._nhaBuffered = 0
        return self.write(buf[offset:])

    @property
    def lastChar(self) -> bytes:
        """The 4-byte area holding the incomplete character (a copy; Node's is a view)."""
        return bytes(self._nhaChar)

    @property
    def lastNeed(self) -> int:
        """How many bytes the pending character still needs."""
        return self._nhaMissing

    @property
    def lastTotal(self) -> int:
        """Buffered plus missing bytes of the pending character."""
        return self._nhaBuffered + self._nhaMissing

    # -- src/string_decoder.cc --------------------------------------------------------

    def _decode(self, data: bytes) -> str:
        """StringDecoder::DecodeData."""
        encoding = self.encoding
        if encoding not in ('utf8', 'utf16le', 'base64', 'base64url'):
            return _makeString(data, encoding)
        prepend = b''
        prepended = False
        start = 0
        nread = len(data)
        chars = self._nhaChar
        if self._nhaMissing > 0:
            if encoding == 'utf8':
                # a byte that is not a continuation byte ends the incomplete character
                # there; it starts a new one
                i = 0
                while i < nread and i < self._nhaMissing:
                    if (data[i] & 0xC0) != 0x80:
                        self._nhaMissing = 0
                        chars[self._nhaBuffered:self._nhaBuffered + i] = data[:i]
                        self._nhaBuffered += i
                        start = i
                        nread -= i
                        break
                    i += 1
            found = min(nread, self._nhaMissing)
            chars[self._nhaBuffered:self._nhaBuffered + found] = data[start:start + found]
            start += found
            nread -= found
            self._nhaMissing -= found
            self._nhaBuffered += found
            if self._nhaMissing == 0:
                prepend = bytes(chars[:self._nhaBuffered])
                prepended = True
                self._nhaBuffered = 0
        if nread == 0:
            return _makeString(prepend, encoding) if prepended else ''
        end = start + nread
        buffered = 0
        if encoding == 'utf8':
            if data[end - 1] & 0x80:
                # find where the character holding the last byte begins
                i = end - 1
                while True:
                    buffered += 1
                    c = data[i]
                    if (c & 0xC0) == 0x80:
                        if buffered >= 4 or i == start:
                            buffered = 0
                            break
                        i -= 1
                        continue
                    if (c & 0xE0) == 0xC0:
                        missing = 2
                    elif (c & 0xF0) == 0xE0:
                        missing = 3
                    elif (c & 0xF8) == 0xF0:
                        missing = 4
                    else:
                        buffered = 0
                        break
                    if buffered >= missing:
                        missing = buffered = 0
                    self._nhaMissing = missing - buffered
                    break
        elif encoding == 'utf16le':
            if nread % 2 == 1:
                buffered = self._nhaMissing = 1
            elif (data[end - 1] & 0xFC) == 0xD8:
                # a lead surrogate waits for its trail
                buffered = self._nhaMissing = 2
        else:
            buffered = nread % 3
            if buffered:
                self._nhaMissing = 3 - buffered
        if buffered:
            end -= buffered
            chars[0:buffered] = data[end:end + buffered]
            self._nhaBuffered = buffered
        if encoding == 'utf16le':
            # JS concatenates UTF-16 code units: decode the bytes together so that a
            # lead surrogate in prepend pairs with a trail in the body
            return _makeString(prepend + data[start:end], encoding)
        body = _makeString(data[start:end], encoding)
        return _makeString(prepend, encoding) + body if prepended else body

    def _flush(self) -> str:
        """StringDecoder::FlushData."""
        if self.encoding == 'utf16le' and self._nhaBuffered % 2 == 1:
            # a single trailing byte is dropped
            self._nhaMissing -= 1
            self._nhaBuffered -= 1
        if self._nhaBuffered == 0:
            return ''
        ret = _makeString(bytes(self._nhaChar[:self._nhaBuffered]), self.encoding)
        self._nhaMissing = 0
        self._nhaBuffered = 0
        return ret
