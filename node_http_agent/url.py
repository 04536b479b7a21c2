"""``node:url``: the WHATWG ``URL`` and ``URLSearchParams``, and the module helpers.

``URL`` parses and serializes with Ada (the ``ada-url`` package: Python
bindings of the parser Node itself uses), so hrefs, hosts, percent-encoding
and dot segments come out as Node's. ``URLSearchParams`` is the
application/x-www-form-urlencoded list, tied to its ``URL`` as in the spec.
Helpers: ``urlToHttpOptions``, ``fileURLToPath``/``pathToFileURL`` (POSIX
paths), ``format`` (WHATWG and legacy object forms), ``domainToASCII`` and
``domainToUnicode``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import ada_url

from .errors import (
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
)
from .util import UNDEFINED, numberToString, toString, truthy

__all__ = [
    'URL', 'URLSearchParams', 'urlToHttpOptions', 'fileURLToPath', 'pathToFileURL', 'format',
    'domainToASCII', 'domainToUnicode',
]

_COMPONENTS = ('protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
               'search', 'hash')


_toString = toString  # JavaScript's String(value)


def _toUSVString(value: str) -> str:
    """Lone surrogates become U+FFFD, as ``toUSVString`` (Python strings may carry them)."""
    try:
        value.encode('utf-8')
        return value
    except UnicodeEncodeError:
        return value.encode('utf-16', 'surrogatepass').decode('utf-16', 'replace')


class URL:
    """Node's ``URL`` (https://nodejs.org/docs/latest-v20.x/api/url.html#class-url)."""

    __slots__ = ('_url', '_searchParams', '__dict__')

    def __init__(self, input: Any = UNDEFINED, base: Any = UNDEFINED) -> None:
        if input is UNDEFINED:
            raise ERR_MISSING_ARGS('url')
        text = _toUSVString(_toString(input))
        baseText = None if base is UNDEFINED else _toUSVString(_toString(base))
        try:
            self._url = ada_url.URL(text, baseText)
        except ValueError:
            err = ERR_INVALID_URL()
            err.input = text  # type: ignore[attr-defined]
            if baseText is not None:
                err.base = baseText  # type: ignore[attr-defined]
            raise err from None
        self._searchParams: URLSearchParams | None = None

    @staticmethod
    def canParse(url: Any = UNDEFINED, base: Any = UNDEFINED) -> bool:
        """Node's ``URL.canParse()``."""
        if url is UNDEFINED:
            raise ERR_MISSING_ARGS('url')
        text = _toUSVString(_toString(url))
        if base is UNDEFINED:
            return bool(ada_url.URL.can_parse(text))
        return bool(ada_url.URL.can_parse(text, _toUSVString(_toString(base))))

    # -- serialization ---------------------------------------------------------------

    def toString(self) -> str:
        """Node's ``url.toString()``."""
        return self._url.href

    toJSON = toString

    def __str__(self) -> str:
        return self._url.href

    def __repr__(self) -> str:
        return f"URL('{self._url.href}')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, URL) and other.href == self.href

    __hash__ = object.__hash__

    # -- components --------------------------------------------------------------------

    @property
    def href(self) -> str:
        """Node's ``url.href``."""
        return self._url.href

    @href.setter
    def href(self, value: Any) -> None:
        text = _toUSVString(_toString(value))
        try:
            parsed = ada_url.URL(text)
        except ValueError:
            err = ERR_INVALID_URL()
            err.input = text  # type: ignore[attr-defined]
            raise err from None
        self._url = parsed
        self._syncParams()

    @property
    def origin(self) -> str:
        """Node's ``url.origin``."""
        return self._url.origin

    def _set(self, name: str, value: Any) -> None:
        # Node's binding re-parses href for every update (the parser keeps no state
        # between setters); a value it rejects leaves the URL as it was, no error.
        fresh = ada_url.URL(self._url.href)
        try:
            setattr(fresh, name, _toUSVString(_toString(value)))
        except ValueError:
            return
        self._url = fresh

    @property
    def protocol(self) -> str:
        """Node's ``url.protocol``."""
        return self._url.protocol

    @protocol.setter
    def protocol(self, value: Any) -> None:
        self._set('protocol', value)

    @property
    def username(self) -> str:
        """Node's ``url.username``."""
        return self._url.username

    @username.setter
    def username(self, value: Any) -> None:
        self._set('username', value)

    @property
    def password(self) -> str:
        """Node's ``url.password``."""
        return self._url.password

    @password.setter
    def password(self, value: Any) -> None:
        self._set('password', value)

    @property
    def host(self) -> str:
        """Node's ``url.host``."""
        return self._url.host

    @host.setter
    def host(self, value: Any) -> None:
        self._set('host', value)

    @property
    def hostname(self) -> str:
        """Node's ``url.hostname``."""
        return self._url.hostname

    @hostname.setter
    def hostname(self, value: Any) -> None:
        self._set('hostname', value)

    @property
    def port(self) -> str:
        """Node's ``url.port``."""
        return self._url.port

    @port.setter
    def port(self, value: Any) -> None:
        self._set('port', value)

    @property
    def pathname(self) -> str:
        """Node's ``url.pathname``."""
        return self._url.pathname

    @pathname.setter
    def pathname(self, value: Any) -> None:
        self._set('pathname', value)

    @property
    def search(self) -> str:
        """Node's ``url.search``."""
        return self._url.search

    @search.setter
    def search(self, value: Any) -> None:
        self._set('search', value)
        self._syncParams()

    @property
    def hash(self) -> str:
        """Node's ``url.hash``."""
        return self._url.hash

    @hash.setter
    def hash(self, value: Any) -> None:
        self._set('hash', value)

    @property
    def searchParams(self) -> URLSearchParams:
        """Node's ``url.searchParams``."""
        params = self._searchParams
        if params is None:
            params = self._searchParams = URLSearchParams(self._url.search)
            params._owner = self
        return params

    def _syncParams(self) -> None:
        params = self._searchParams
        if params is not None:
            params._list = _parseParams(self._url.search)

    def _paramsChanged(self, serialized: str) -> None:
        self._set('search', serialized)


# -- URLSearchParams ------------------------------------------------------------------

_ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
_ALNUM_BYTES = _ALNUM.encode()
_FORM_SAFE = frozenset(b'*-._' + _ALNUM_BYTES)
_FORM_TABLE = [chr(b) if b in _FORM_SAFE else '+' if b == 0x20 else f'%{b:02X}'
               for b in range(256)]


def _formEncode(text: str) -> str:
    """The application/x-www-form-urlencoded byte serializer."""
    table = _FORM_TABLE
    return ''.join([table[b] for b in _toUSVString(text).encode('utf-8')])


def _formDecode(text: str) -> str:
    from urllib.parse import unquote_to_bytes
    return unquote_to_bytes(text.replace('+', ' ')).decode('utf-8', 'replace')


def _parseParams(query: str) -> list[list[str]]:
    if query.startswith('?'):
        query = query[1:]
    pairs: list[list[str]] = []
    for part in query.split('&'):
        if not part:
            continue
        name, sep, value = part.partition('=')
        pairs.append([_formDecode(name), _formDecode(value)])
    return pairs


class URLSearchParams:
    """Node's ``URLSearchParams``: an ordered list of name/value pairs."""

    def __init__(self, init: Any = UNDEFINED) -> None:
        self._owner: URL | None = None
        self._list: list[list[str]] = []
        if init is UNDEFINED or init is None:
            return
        if isinstance(init, URLSearchParams):
            self._list = [list(pair) for pair in init._list]
        elif isinstance(init, dict):
            self._list = [[_toUSVString(_toString(k)), _toUSVString(_toString(v))]
                          for k, v in init.items()]
        elif isinstance(init, str):
            self._list = _parseParams(_toUSVString(init))
        elif hasattr(init, '__iter__') and not isinstance(init, (bytes, bytearray)):
            for pair in init:
                if isinstance(pair, (str, bytes)) or not hasattr(pair, '__iter__'):
                    raise ERR_ARG_NOT_ITERABLE('Each query pair')
                pair = list(pair)
                if len(pair) != 2:
                    raise ERR_INVALID_TUPLE('Each query pair', '[name, value]')
                self._list.append([_toUSVString(_toString(pair[0])),
                                   _toUSVString(_toString(pair[1]))])
        else:
            self._list = _parseParams(_toUSVString(_toString(init)))

    def _update(self) -> None:
        if self._owner is not None:
            self._owner._paramsChanged(self.toString())

    @property
    def size(self) -> int:
        """Node's ``urlSearchParams.size``."""
        return len(self._list)

    def append(self, name: Any = UNDEFINED, value: Any = UNDEFINED) -> None:
        """Node's ``urlSearchParams.append()``."""
        if value is UNDEFINED:
            raise ERR_MISSING_ARGS('name', 'value')
        self._list.append([_toUSVString(_toString(name)), _toUSVString(_toString(value))])
        self._update()

    def delete(self, name: Any = UNDEFINED, value: Any = UNDEFINED) -> None:
        """Node's ``urlSearchParams.delete()``."""
        if name is UNDEFINED:
            raise ERR_MISSING_ARGS('name')
        key = _toUSVString(_toString(name))
        if value is UNDEFINED:
            self._list = [p for p in self._list if p[0] != key]
        else:
            wanted = _toUSVString(_toString(value))
            self._list = [p for p in self._list if not (p[0] == key and p[1] == wanted)]
        self._update()

    def get(self, name: Any = UNDEFINED) -> str | None:
        """Node's ``urlSearchParams.get()``."""
        if name is UNDEFINED:
            raise ERR_MISSING_ARGS('name')
        key = _toUSVString(_toString(name))
        for k, v in self._list:
            if k == key:
                return v
        return None

    def getAll(self, name: Any = UNDEFINED) -> list[str]:
        """Node's ``urlSearchParams.getAll()``."""
        if name is UNDEFINED:
            raise ERR_MISSING_ARGS('name')
        key = _toUSVString(_toString(name))
        return [v for k, v in self._list if k == key]

    def has(self, name: Any = UNDEFINED, value: Any = UNDEFINED) -> bool:
        """Node's ``urlSearchParams.has()``."""
        if name is UNDEFINED:
            raise ERR_MISSING_ARGS('name')
        key = _toUSVString(_toString(name))
        if value is UNDEFINED:
            return any(k == key for k, _ in self._list)
        wanted = _toUSVString(_toString(value))
        return any(k == key and v == wanted for k, v in self._list)

    def set(self, name: Any = UNDEFINED, value: Any = UNDEFINED) -> None:
        """Node's ``urlSearchParams.set()``."""
        if value is UNDEFINED:
            raise ERR_MISSING_ARGS('name', 'value')
        key = _toUSVString(_toString(name))
        text = _toUSVString(_toString(value))
        kept: list[list[str]] = []
        found = False
        for pair in self._list:
            if pair[0] == key:
                if not found:
                    kept.append([key, text])
                    found = True
            else:
                kept.append(pair)
        if not found:
            kept.append([key, text])
        self._list = kept
        self._update()

    def sort(self) -> None:
        # Stable, by UTF-16 code units of the names (the spec's order).
        """Node's ``urlSearchParams.sort()``."""
        self._list.sort(key=lambda p: p[0].encode('utf-16-be', 'surrogatepass'))
        self._update()

    def forEach(self, callback: Callable[..., Any], thisArg: Any = None) -> None:
        """Node's ``urlSearchParams.forEach()``."""
        if not callable(callback):
            raise ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
        index = 0
        while index < len(self._list):
            name, value = self._list[index]
            callback(value, name, self)
            index += 1

    def keys(self) -> Iterator[str]:
        """Node's ``urlSearchParams.keys()``."""
        return (p[0] for p in list(self._list))

    def values(self) -> Iterator[str]:
        """Node's ``urlSearchParams.values()``."""
        return (p[1] for p in list(self._list))

    def entries(self) -> Iterator[list[str]]:
        """Node's ``urlSearchParams.entries()``."""
        return ([p[0], p[1]] for p in list(self._list))

    __iter__ = entries

    def __len__(self) -> int:
        return len(self._list)

    def toString(self) -> str:
        """Node's ``urlSearchParams.toString()``."""
        return '&'.join(f'{_formEncode(k)}={_formEncode(v)}' for k, v in self._list)

    __str__ = toString

    def __repr__(self) -> str:
        inner = ', '.join(f"'{k}' => '{v}'" for k, v in self._list)
        return f'URLSearchParams {{ {inner} }}' if inner else 'URLSearchParams {}'


# -- module helpers ---------------------------------------------------------------------

def _isURL(value: Any) -> bool:
    return isinstance(value, URL)


def _field(url: Any, name: str) -> Any:
    return url.get(name) if isinstance(url, dict) else getattr(url, name, None)


def _number(value: Any) -> float:
    """JavaScript's ``Number(value)`` for a port field."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text == '':
            return 0
        try:
            number = float(text)
        except ValueError:
            return float('nan')
        return int(number) if number.is_integer() else number
    return float('nan')


def urlToHttpOptions(url: Any) -> dict[str, Any]:
    """Node's ``url.urlToHttpOptions(url)``: the options ``http.request`` takes from a URL
    (a ``URL``, or any object or dict with its fields)."""
    if isinstance(url, dict):
        own = dict(url)
    else:  # In case the url object was extended by the user (Node spreads own properties).
        own = {k: v for k, v in getattr(url, '__dict__', {}).items() if not k.startswith('_')}
    hostname = _field(url, 'hostname')
    pathname = _field(url, 'pathname')
    search = _field(url, 'search')
    options: dict[str, Any] = {
        **own,
        'protocol': _field(url, 'protocol'),
        'hostname': hostname[1:-1] if isinstance(hostname, str) and hostname[:1] == '['
        else hostname,
        'hash': _field(url, 'hash'),
        'search': search,
        'pathname': pathname,
        'path': f'{pathname or ""}{search or ""}',
        'href': _field(url, 'href'),
    }
    port = _field(url, 'port')
    if port != '':
        options['port'] = _number(port)
    username = _field(url, 'username')
    password = _field(url, 'password')
    if username or password:
        from urllib.parse import unquote
        options['auth'] = f'{unquote(username or "")}:{unquote(password or "")}'
    return options


def fileURLToPath(path: Any, options: Any = None) -> str:
    """A ``file:`` URL (string or ``URL``) to a POSIX path, as Node does on POSIX.

    Node's ``options.windows`` (Windows path rules) is not ported.
    """
    if isinstance(path, str):
        path = URL(path)
    elif not _isURL(path):
        raise ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path)
    if path.protocol != 'file:':
        raise ERR_INVALID_URL_SCHEME('file')
    if path.hostname != '':
        from .process import platform
        raise ERR_INVALID_FILE_URL_HOST(platform)
    pathname = path.pathname
    lowered = pathname.lower()
    if '%2f' in lowered:
        raise ERR_INVALID_FILE_URL_PATH('must not include encoded / characters')
    from urllib.parse import unquote
    return unquote(pathname)


# What Node 20's pathToFileURL leaves as it is; every other byte of the UTF-8 path
# is percent-encoded (controls, space, '%', '\\', '?', '#', '~', '|', '^', non-ASCII, ...).
_FILE_PATH_SAFE = frozenset(_ALNUM_BYTES + b"!$&'()*+,-./:;=@_")


def pathToFileURL(filepath: Any, options: Any = None) -> URL:
    """A POSIX path, resolved against the working directory, to a ``file:`` URL.

    Node's ``options.windows`` (Windows path rules) is not ported.
    """
    if not isinstance(filepath, str):
        raise ERR_INVALID_ARG_TYPE('path', 'string', filepath)
    resolved = os.path.normpath(os.path.join(os.getcwd(), filepath))
    if resolved.startswith('//'):
        resolved = '/' + resolved.lstrip('/')  # path.resolve keeps one leading slash
    # path.resolve strips trailing slashes so we must add them back.
    if filepath.endswith('/') and not resolved.endswith('/'):
        resolved += '/'
    safe = _FILE_PATH_SAFE
    encoded = ''.join(chr(b) if b in safe else f'%{b:02X}'
                      for b in _toUSVString(resolved).encode('utf-8'))
    return URL('file://' + encoded)


def domainToASCII(domain: Any) -> str:
    """Node's ``url.domainToASCII()``."""
    try:
        return URL(f'ws://{_toString(domain)}').hostname
    except ERR_INVALID_URL:
        return ''


def domainToUnicode(domain: Any) -> str:
    """Node's ``url.domainToUnicode()``."""
    try:
        hostname = URL(f'ws://{_toString(domain)}').hostname
    except ERR_INVALID_URL:
        return ''
    return ada_url.idna_to_unicode(hostname)


# -- url.format -------------------------------------------------------------------------

_SLASHED = frozenset(('http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
                      'file', 'file:', 'ws', 'ws:', 'wss', 'wss:'))
_AUTH_SAFE = frozenset(_ALNUM + "!-._~'()*:")
_QS_SAFE = frozenset(_ALNUM + "!-._~'()*")


def _encodeStr(text: str, safe: frozenset[str]) -> str:
    out = []
    for c in text:
        if c in safe:
            out.append(c)
        else:
            out.extend(f'%{b:02X}' for b in _toUSVString(c).encode('utf-8'))
    return ''.join(out)


def _qsValue(value: Any) -> str:
    if isinstance(value, str):
        return _encodeStr(value, _QS_SAFE)
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)) and value == value and value not in (
            float('inf'), float('-inf')):
        return numberToString(value)
    return ''


def _stringifyQuery(query: dict[Any, Any]) -> str:
    """``querystring.stringify(obj)`` with its default separators."""
    fields: list[str] = []
    for key, value in query.items():
        name = _qsValue(key) + '='
        if isinstance(value, (list, tuple)):
            fields.extend(name + _qsValue(v) for v in value)
        else:
            fields.append(name + _qsValue(value))
    return '&'.join(fields)


def _truthy(value: Any) -> bool:
    return value not in (None, UNDEFINED, '', 0, False)


def _formatLegacy(obj: dict[str, Any]) -> str:
    """``Url.prototype.format`` for a plain object (Node's legacy API)."""
    auth = obj.get('auth') or ''
    if auth:
        auth = _encodeStr(auth, _AUTH_SAFE) + '@'
    protocol = obj.get('protocol') or ''
    pathname = obj.get('pathname') or ''
    hash = obj.get('hash') or ''
    host = ''
    query = ''
    if obj.get('host'):
        host = auth + _toString(obj['host'])
    elif obj.get('hostname'):
        hostname = _toString(obj['hostname'])
        bracketed = hostname.startswith('[') and hostname.endswith(']')
        host = auth + (f'[{hostname}]' if ':' in hostname and not bracketed else hostname)
        if _truthy(obj.get('port')):
            host += ':' + _toString(obj['port'])
    if isinstance(obj.get('query'), dict):
        query = _stringifyQuery(obj['query'])
    search = obj.get('search') or (query and f'?{query}') or ''
    if protocol and not protocol.endswith(':'):
        protocol += ':'
    pathname = pathname.replace('#', '%23').replace('?', '%3F')
    if obj.get('slashes') or protocol in _SLASHED:
        if obj.get('slashes') or host:
            if pathname and not pathname.startswith('/'):
                pathname = '/' + pathname
            host = '//' + host
        elif protocol.startswith('file'):
            host = '//'
    search = search.replace('#', '%23')
    if hash and not hash.startswith('#'):
        hash = '#' + hash
    if search and not search.startswith('?'):
        search = '?' + search
    return protocol + host + pathname + search + hash


def format(urlObject: Any, options: Any = None) -> str:
    """``url.format(URL[, options])`` (WHATWG) or ``url.format(urlObject)`` (legacy)."""
    if isinstance(urlObject, str):
        # Node reads a string with the legacy url.parse; the port has no url.parse and
        # reads it as a WHATWG URL (docs/deviations.md).
        urlObject = URL(urlObject)
    if _isURL(urlObject):
        fragment, unicode, search, auth = True, False, True, True
        if options is not None:
            if not isinstance(options, dict):
                raise ERR_INVALID_ARG_TYPE('options', 'Object', options)
            if options.get('fragment') is not None:
                fragment = truthy(options['fragment'])
            if options.get('unicode') is not None:
                unicode = truthy(options['unicode'])
            if options.get('search') is not None:
                search = truthy(options['search'])
            if options.get('auth') is not None:
                auth = truthy(options['auth'])
        copy = URL(urlObject.href)
        if not fragment:
            copy.hash = ''
        if not search:
            copy.search = ''
        if not auth:
            copy.username = ''
            copy.password = ''
        href = copy.href
        hostname = copy.hostname
        if unicode and hostname:
            at = href.index('//') + 2
            if copy.username or copy.password:
                at = href.index('@', at) + 1
            href = href[:at] + ada_url.idna_to_unicode(hostname) + href[at + len(hostname):]
        return href
    if not isinstance(urlObject, dict):
        raise ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject)
    return _formatLegacy(urlObject)
