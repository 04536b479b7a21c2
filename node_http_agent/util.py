"""Node's ``util.inspect`` for the values a port passes around.

Error messages quote received values the way Node's ``util.inspect`` prints
the JavaScript value a Python value translates to (API.md, ruling 2):
``'x'`` -> ``'x'``, ``None`` -> ``null``, ``1.0`` -> ``1``, ``math.inf`` ->
``Infinity``, a dict -> ``{ a: 1 }``, an object -> ``ClassName {}``.
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ['inspect', 'numberToString', 'toString', 'toNumber', 'toInt32', 'formatS', 'truthy', 'UNDEFINED', 'Symbol', 'codecName',
           'encodeString', 'normalizeEncoding', 'isEncoding']


class _Undefined:
    """JavaScript's ``undefined``, for the few places where it differs from ``null``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return 'undefined'

    def __bool__(self) -> bool:
        return False


UNDEFINED: Any = _Undefined()


class Symbol:
    """A unique, printable sentinel standing in for a JavaScript ``Symbol``."""

    __slots__ = ('description',)

    def __init__(self, description: str) -> None:
        self.description = description

    def __repr__(self) -> str:
        return f'Symbol({self.description})'

    __str__ = __repr__


_IDENTIFIER = re.compile(r'^[A-Za-z_$][\w$]*$')


_CODECS = {'utf8': 'utf-8', 'latin1': 'latin-1', 'binary': 'latin-1', 'ucs2': 'utf-16-le',
           'ucs-2': 'utf-16-le', 'utf16le': 'utf-16-le', 'utf-16le': 'utf-16-le'}


def codecName(encoding: str) -> str:
    """The Python codec for one of Node's Buffer encodings (``'utf8'``, ``'latin1'``, ...)."""
    name = encoding.lower()
    return _CODECS.get(name, name)


def encodeString(text: str, encoding: str | None = None) -> bytes:
    """``Buffer.from(text, encoding)``: UTF-8 by default, every encoding Node's Buffer knows.

    As Node: lone surrogates become U+FFFD in UTF-8, ``latin1``/``ascii`` keep
    each code unit's low byte, ``hex`` stops at the first bad pair, ``base64``
    and ``base64url`` accept either alphabet and skip other characters.
    """
    name = normalizeEncoding(encoding) if encoding else 'utf8'
    if name == 'utf8' or name is None:
        try:
            return text.encode('utf-8')
        except UnicodeEncodeError:
            # Pair the surrogates JavaScript strings carry, replace the lone ones.
            return text.encode('utf-16-le', 'surrogatepass').decode(
                'utf-16-le', 'replace').encode('utf-8', 'replace')
    if name == 'latin1' or name == 'ascii':
        try:
            return text.encode('latin-1')
        except UnicodeEncodeError:
            units = text.encode('utf-16-le', 'surrogatepass')
            return bytes(units[0::2])
    if name == 'utf16le':
        return text.encode('utf-16-le', 'surrogatepass')
    if name == 'hex':
        out = bytearray()
        for i in range(0, len(text) - 1, 2):
            try:
                out.append(int(text[i:i + 2], 16))
            except ValueError:
                break
            if not all(c in '0123456789abcdefABCDEF' for c in text[i:i + 2]):
                out.pop()
                break
        return bytes(out)
    import base64
    clean = ''.join(_BASE64_CHARS.get(c, '') for c in text.split('=', 1)[0])
    clean = clean[:len(clean) - (len(clean) % 4 == 1)]
    return base64.b64decode(clean + '=' * (-len(clean) % 4))


_BASE64_CHARS = {c: c for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'}
_BASE64_CHARS['-'] = '+'
_BASE64_CHARS['_'] = '/'

_ENCODINGS = {'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
              'utf16le': 'utf16le', 'utf-16le': 'utf16le', 'latin1': 'latin1',
              'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex',
              'ascii': 'ascii'}


def normalizeEncoding(enc: Any) -> str | None:
    """Node's ``normalizeEncoding``: the canonical name, ``'utf8'`` for none, ``None`` if unknown."""
    if enc is None or enc == '':
        return 'utf8'
    if not isinstance(enc, str):
        return None
    return _ENCODINGS.get(enc.lower())


def isEncoding(encoding: Any) -> bool:
    """``Buffer.isEncoding(encoding)``."""
    return isinstance(encoding, str) and encoding != '' and normalizeEncoding(encoding) is not None


def truthy(value: Any) -> bool:
    """JavaScript truthiness of the value a Python value translates to (``[]``, ``{}`` are truthy)."""
    if value is None or value is UNDEFINED or value is False:
        return False
    if isinstance(value, (int, float)):
        return value != 0 and value == value
    if isinstance(value, str):
        return value != ''
    return True


def numberToString(value: float) -> str:
    """``String(n)`` of a JavaScript number."""
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return 'NaN'
    if math.isinf(value):
        return 'Infinity' if value > 0 else '-Infinity'
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if 'e' in text:
        mantissa, exponent = text.split('e')
        sign = exponent[0] if exponent[0] in '+-' else '+'
        digits = exponent.lstrip('+-').lstrip('0') or '0'
        text = f'{mantissa}e{sign}{digits}'
    return text


def toString(value: Any) -> str:
    """JavaScript's ``String(value)`` of the value a Python value translates to.

    Lists are comma-joined (``None`` items empty), a dict is ``[object Object]``,
    bytes are a Buffer decoded as UTF-8. A function's source text has no Python
    twin: it is ``function name() { [native code] }``.
    """
    if isinstance(value, str):
        return value
    if value is None:
        return 'null'
    if value is UNDEFINED:
        return 'undefined'
    if isinstance(value, (bool, int, float)):
        return numberToString(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode('utf-8', 'replace')
    if isinstance(value, (list, tuple)):
        return ','.join('' if v is None or v is UNDEFINED else toString(v) for v in value)
    if isinstance(value, dict):
        return '[object Object]'
    if callable(value) and not isinstance(value, type):
        return f"function {getattr(value, '__name__', '')}() {{ [native code] }}"
    return str(value)


_NUMBER_LITERAL = re.compile(r'^[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|Infinity)$', re.I)


def toNumber(value: Any) -> float:
    """JavaScript's ``Number(value)``: ``''``/``' '``/``[]`` are 0, ``'0x10'`` 16, others NaN."""
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)) or isinstance(value, (bytes, bytearray)):
        value = toString(value)
    if not isinstance(value, str):
        return math.nan
    text = value.strip(' \t\n\r\x0b\x0c\u00a0\ufeff')
    if text == '':
        return 0
    if len(text) > 2 and text[0] == '0' and text[1] in 'xXoObB':
        try:
            return int(text[2:], {'x': 16, 'o': 8, 'b': 2}[text[1].lower()])
        except ValueError:
            return math.nan
    if not _NUMBER_LITERAL.match(text) or text.lower().endswith('infinity') and 'Infinity' not in text:
        return math.nan
    number = float(text)
    return int(number) if number.is_integer() and abs(number) < 2 ** 53 else number


def toInt32(value: Any) -> int:
    """JavaScript's ``ToInt32`` (what a native binding's ``Int32Value`` gives)."""
    number = toNumber(value)
    if math.isnan(number) or math.isinf(number):
        return 0
    n = int(number) & 0xFFFFFFFF
    return n - 0x100000000 if n >= 0x80000000 else n


def formatS(value: Any) -> str:
    """``util.format('%s', value)``: numbers and primitives as ``String()``, a Buffer
    decoded, arrays and plain objects inspected."""
    if isinstance(value, (dict, list, tuple)):
        return inspect(value, 0)
    return toString(value)


# util.inspect's strEscape: C0 controls and DEL print as escapes (\x00, \b, \n, \x0B, ...).
_CONTROL = re.compile('[\x00-\x1f\x7f]')
_META = {'\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r'}


def _quote(text: str) -> str:
    quote = "'"
    if "'" in text:
        quote = '"' if '"' not in text else ('`' if '`' not in text else "'")
    body = _CONTROL.sub(lambda m: _META.get(m.group(), f'\\x{ord(m.group()):02X}'),
                        text.replace('\\', '\\\\'))
    if quote == "'":
        body = body.replace("'", "\\'")
    return f'{quote}{body}{quote}'


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key if _IDENTIFIER.match(key) else _quote(key)
    if isinstance(key, Symbol):
        return f'[{key!r}]'
    return _quote(str(key))


def inspect(value: Any, depth: int = 2) -> str:
    """Render ``value`` as Node's ``util.inspect`` renders its JavaScript twin."""
    if value is None:
        return 'null'
    if value is UNDEFINED:
        return 'undefined'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return numberToString(value)
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, Symbol):
        return repr(value)
    if isinstance(value, (bytes, bytearray)):
        shown = ' '.join(f'{b:02x}' for b in value[:50])
        more = f' ... {len(value) - 50} more bytes' if len(value) > 50 else ''
        return f'<Buffer {shown}{more}>' if value else '<Buffer >'
    if isinstance(value, BaseException):
        return f'{type(value).__name__}: {value}'
    if callable(value) and not isinstance(value, type) and hasattr(value, '__name__'):
        name = getattr(value, '__name__', '')
        return '[Function (anonymous)]' if name in ('', '<lambda>') else f'[Function: {name}]'
    if isinstance(value, type):
        return f'[class {value.__name__}]'
    if isinstance(value, dict):
        if depth < 0:
            return '[Object]'
        if not value:
            return '{}'
        items = [f'{_key(k)}: {inspect(v, depth - 1)}' for k, v in value.items()]
        return '{ ' + ', '.join(items) + ' }'
    if isinstance(value, (list, tuple)):
        if depth < 0:
            return '[Array]'
        if not value:
            return '[]'
        return '[ ' + ', '.join(inspect(v, depth - 1) for v in value) + ' ]'
    name = type(value).__name__
    if depth < 0:
        return f'[{name}]'
    fields = getattr(value, '__dict__', None)
    if not fields:
        return f'{name} {{}}'
    shown = ', '.join(f'{_key(k)}: {inspect(v, depth - 1)}' for k, v in fields.items()
                      if not k.startswith('_'))
    return f'{name} {{ {shown} }}' if shown else f'{name} {{}}'
