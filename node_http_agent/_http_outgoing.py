"""``OutgoingMessage``: header storage and body framing shared by requests and responses.

Mirrors ``_http_outgoing.js``: ``setHeader``/``getHeader``/... with Node's
validation, ``_storeHeader`` deciding ``Connection``, ``Content-Length`` and
``Transfer-Encoding`` exactly as Node does, ``write``/``end`` with chunked
framing, and output buffered until the message owns a socket
(``socket._httpMessage is self``). The head is built here as Node builds its
header string (h11's writer would enforce rules Node does not: a mandatory
Host, ...); body chunks are framed by ``_wire._writer``, the one chunk framer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

from ._http_common import (
    checkInvalidHeaderChar,
    headerValueString,
    validateHeaderName,
    validateHeaderValue,
)
from ._streams.legacy import Stream
from ._wire._writer import chunk as frameChunk
from ._wire._writer import last_chunk
from .errors import (
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
)
from .process import lifetime, nextTick
from .util import encodeString, isEncoding, truthy
from .validators import validateString

__all__ = ['OutgoingMessage', 'parseUniqueHeadersOption']

HIGH_WATER_MARK = 16384
_RE_CONN_CLOSE = re.compile(r'(?:^|\W)close(?:$|\W)', re.I)
_RE_TE_CHUNKED = re.compile(r'(?:^|\W)chunked(?:$|\W)', re.I)
_COOKIE = 'cookie'

Callback = Callable[..., Any]


def _nop(*args: Any) -> None:
    pass


_date_cache: list[Any] = [0, '']


def utcDate() -> str:
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache[0] = now
        _date_cache[1] = formatdate(now, usegmt=True)
    return _date_cache[1]  # type: ignore[no-any-return]


def _unknownEncoding(encoding: Any) -> bool:
    """What ``Writable.write`` rejects: a truthy encoding that is not ``'buffer'`` nor known."""
    return encoding is not None and truthy(encoding) and encoding != 'buffer' and \
        not isEncoding(encoding)


def _to_bytes(chunk: Any, encoding: str | None) -> bytes:
    if isinstance(chunk, bytes):
        return chunk
    if isinstance(chunk, str):
        return encodeString(chunk, encoding)
    if chunk is None:
        raise ERR_STREAM_NULL_VALUES()
    if isinstance(chunk, (bytearray, memoryview)):
        return bytes(chunk)
    raise ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)


def parseUniqueHeadersOption(headers: Any) -> set[str] | None:
    """The ``uniqueHeaders`` option: fields whose array values are joined on one line."""
    if not isinstance(headers, list):
        return None
    unique: set[str] = set()
    for name in headers:
        if not isinstance(name, str):
            # V8's own TypeError from Node's headers[i].toLowerCase(): no code.
            raise TypeError('headers[i].toLowerCase is not a function')
        unique.add(name.lower())
    return unique


class _HeaderState:
    __slots__ = ('connection', 'contLen', 'te', 'date', 'expect', 'trailer', 'header')

    def __init__(self, firstLine: str) -> None:
        self.connection = self.contLen = self.te = False
        self.date = self.expect = self.trailer = False
        self.header = firstLine


class OutgoingMessage(Stream):
    """The base of ``ClientRequest`` and ``ServerResponse``."""

    # Per-message state starts from these class-level defaults; an instance
    # stores a field only once it changes (a request is built per call, so the
    # ~30 stores saved per message are measurable on the hot path).
    outputSize = 0
    writable = True
    destroyed = False
    _last = False
    chunkedEncoding = False
    shouldKeepAlive = True
    maxRequestsOnConnectionReached = False
    _defaultKeepAlive = True
    useChunkedEncodingByDefault = True
    sendDate = False
    _removedConnection = False
    _removedContLen = False
    _removedTE = False
    strictContentLength = False
    _contentLength: int | None = None
    _hasBody = True
    _trailer = ''
    _needDrain = False
    finished = False
    _headerSent = False
    _closed = False
    _bytesWritten = 0
    _uniqueHeaders: set[str] | None = None
    socket: Any = None
    _header: str | None = None
    _outHeaders: dict[str, list[Any]] | None = None
    _keepAliveTimeout = 0
    _maxRequestsPerSocket = 0
    agent: Any = None
    errored: BaseException | None = None

    def __init__(self) -> None:
        Stream.__init__(self)
        # Node's {data, encoding, callback} entries (a proxy agent patches data[0]).
        self.outputData: list[dict[str, Any]] = []
        self._life = lifetime()

    # -- headers ------------------------------------------------------------------

    @property
    def headersSent(self) -> bool:
        """Node's ``outgoingMessage.headersSent``: ``True`` once the head has been written."""
        return self._header is not None

    @property
    def connection(self) -> Any:
        """Node's deprecated ``outgoingMessage.connection``: an alias of ``outgoingMessage.socket``."""
        return self.socket

    def setHeader(self, name: str, value: Any) -> OutgoingMessage:
        """Node's ``outgoingMessage.setHeader(name, value)``: set a header (validated as Node does); returns the message."""
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('set')
        validateHeaderName(name)
        validateHeaderValue(name, value)
        headers = self._outHeaders
        if headers is None:
            headers = self._outHeaders = {}
        headers[name.lower()] = [name, value]
        return self

    def setHeaders(self, headers: Any) -> OutgoingMessage:
        """Node's ``outgoingMessage.setHeaders(headers)``: several headers at once (a ``dict`` for Node's Headers/Map)."""
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('set')
        if not headers or isinstance(headers, list) or \
                not callable(getattr(headers, 'keys', None)) or \
                not callable(getattr(headers, 'get', None)):
            raise ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers)
        # set-cookie values are collected and set once, so none overwrites another.
        cookies: list[Any] = []
        items = headers.items() if callable(getattr(headers, 'items', None)) else headers
        for key, value in items:
            if key == 'set-cookie':
                if isinstance(value, list):
                    cookies.extend(value)
                else:
                    cookies.append(value)
                continue
            self.setHeader(key, value)
        if cookies:
            self.setHeader('set-cookie', cookies)
        return self

    def appendHeader(self, name: str, value: Any) -> OutgoingMessage:
        """Node's ``outgoingMessage.appendHeader(name, value)``: add a value to a header; returns the message."""
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('append')
        validateHeaderName(name)
        validateHeaderValue(name, value)
        key = name.lower()
        headers = self._outHeaders
        if headers is None:
            headers = self._outHeaders = {}
        existing = headers.get(key)
        if existing is None:
            headers[key] = [name, value]
            return self
        old = existing[1] if isinstance(existing[1], list) else [existing[1]]
        add = value if isinstance(value, list) else [value]
        existing[1] = old + add
        return self

    def getHeader(self, name: Any) -> Any:
        """Node's ``outgoingMessage.getHeader(name)``: the value set for ``name`` (case-insensitive), or ``None``."""
        validateString(name, 'name')
        headers = self._outHeaders
        if headers is None:
            return None
        entry = headers.get(name.lower())
        return entry[1] if entry is not None else None

    def getHeaderNames(self) -> list[str]:
        """Node's ``outgoingMessage.getHeaderNames()``: the lower-case names of the headers set."""
        return list(self._outHeaders) if self._outHeaders else []

    def getRawHeaderNames(self) -> list[str]:
        """Node's ``outgoingMessage.getRawHeaderNames()``: the header names as they were set."""
        return [entry[0] for entry in self._outHeaders.values()] if self._outHeaders else []

    def getHeaders(self) -> dict[str, Any]:
        """Node's ``outgoingMessage.getHeaders()``: a ``dict`` of lower-case names to values."""
        headers = self._outHeaders or {}
        return {key: entry[1] for key, entry in headers.items()}

    def hasHeader(self, name: Any) -> bool:
        """Node's ``outgoingMessage.hasHeader(name)``: whether ``name`` is set (case-insensitive)."""
        validateString(name, 'name')
        return bool(self._outHeaders) and name.lower() in self._outHeaders  # type: ignore[operator]

    def removeHeader(self, name: Any) -> None:
        """Node's ``outgoingMessage.removeHeader(name)``: unset a header not yet sent."""
        validateString(name, 'name')
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('remove')
        key = name.lower()
        if key == 'connection':
            self._removedConnection = True
        elif key == 'content-length':
            self._removedContLen = True
        elif key == 'transfer-encoding':
            self._removedTE = True
        elif key == 'date':
            self.sendDate = False
        if self._outHeaders is not None:
            self._outHeaders.pop(key, None)

    def _storeHeader(self, firstLine: str, headers: Any) -> None:
        """Build ``self._header`` as Node's ``_storeHeader`` does."""
        state = _HeaderState(firstLine)
        if headers:
            if headers is self._outHeaders and self._outHeaders is not None:
                for name, value in self._outHeaders.values():
                    self._processHeader(state, name, value, False)
            elif isinstance(headers, list):
                if headers and isinstance(headers[0], (list, tuple)):
                    for name, value in headers:
                        self._processHeader(state, name, value, True)
                else:
                    if len(headers) % 2:
                        raise ERR_INVALID_ARG_VALUE('headers', headers)
                    for n in range(0, len(headers), 2):
                        self._processHeader(state, headers[n], headers[n + 1], True)
            else:
                for name, value in headers.items():
                    self._processHeader(state, name, value, True)
        header = state.header
        if self.sendDate and not state.date:
            header += 'Date: ' + utcDate() + '\r\n'
        status = getattr(self, 'statusCode', None)
        if self.chunkedEncoding and status in (204, 304):
            self.chunkedEncoding = False
            self.shouldKeepAlive = False
        if self._removedConnection:
            self._last = not self.shouldKeepAlive
        elif not state.connection:
            keep = self.shouldKeepAlive and (state.contLen or self.useChunkedEncodingByDefault
                                             or self.agent)
            if keep and self.maxRequestsOnConnectionReached:
                header += 'Connection: close\r\n'
            elif keep:
                header += 'Connection: keep-alive\r\n'
                if self._keepAliveTimeout and self._defaultKeepAlive:
                    seconds = int(self._keepAliveTimeout // 1000)
                    extra = f', max={self._maxRequestsPerSocket}' \
                        if self._maxRequestsPerSocket > 0 else ''
                    header += f'Keep-Alive: timeout={seconds}{extra}\r\n'
            else:
                self._last = True
                header += 'Connection: close\r\n'
        if not state.contLen and not state.te:
            if not self._hasBody:
                self.chunkedEncoding = False
            elif not self.useChunkedEncodingByDefault:
                self._last = True
            elif not state.trailer and not self._removedContLen and \
                    isinstance(self._contentLength, int):
                header += f'Content-Length: {self._contentLength}\r\n'
            elif not self._removedTE:
                header += 'Transfer-Encoding: chunked\r\n'
                self.chunkedEncoding = True
            else:
                self._last = True
        if not self.chunkedEncoding and state.trailer:
            raise ERR_HTTP_TRAILER_INVALID()
        self._header = header + '\r\n'
        self._headerSent = False
        if state.expect:
            self._send(b'')

    def _processHeader(self, state: _HeaderState, key: Any, value: Any, validate: bool) -> None:
        if validate:
            validateHeaderName(key)
        if isinstance(value, (list, tuple)):
            if (len(value) < 2 or key.lower() != _COOKIE) and \
                    (not self._uniqueHeaders or key.lower() not in self._uniqueHeaders):
                for item in value:
                    self._storeOneHeader(state, key, item, validate)
                return
            value = '; '.join(headerValueString(v) for v in value)
        self._storeOneHeader(state, key, value, validate)

    def _storeOneHeader(self, state: _HeaderState, key: str, value: Any, validate: bool) -> None:
        if validate:
            validateHeaderValue(key, value)
        text = headerValueString(value)
        state.header += f'{key}: {text}\r\n'
        if 4 <= len(key) <= 17:
            self._matchHeader(state, key.lower(), text)

    def _matchHeader(self, state: _HeaderState, field: str, value: str) -> None:
        if field == 'connection':
            state.connection = True
            self._removedConnection = False
            if _RE_CONN_CLOSE.search(value):
                self._last = True
            else:
                self.shouldKeepAlive = True
        elif field == 'transfer-encoding':
            state.te = True
            self._removedTE = False
            if _RE_TE_CHUNKED.search(value):
                self.chunkedEncoding = True
        elif field == 'content-length':
            state.contLen = True
            try:
                self._contentLength = int(value)
            except ValueError:
                self._contentLength = None
            self._removedContLen = False
        elif field in ('date', 'expect', 'trailer'):
            setattr(state, field, True)
        elif field == 'keep-alive':
            self._defaultKeepAlive = False

    def addTrailers(self, headers: Any) -> None:
        """Node's ``outgoingMessage.addTrailers(headers)``: trailers sent after a chunked body."""
        self._trailer = ''
        items = headers.items() if isinstance(headers, dict) else headers
        for field, value in items:
            validateHeaderName(field, 'Trailer name')
            unique = self._uniqueHeaders is not None and field.lower() in self._uniqueHeaders
            values = value if isinstance(value, list) and len(value) > 1 and not unique else [
                '; '.join(map(headerValueString, value)) if isinstance(value, list) else value]
            for item in values:  # several values: one line each, as Node sends them
                text = headerValueString(item)
                if checkInvalidHeaderChar(text):
                    raise ERR_INVALID_CHAR('trailer content', field)
                self._trailer += f'{field}: {text}\r\n'

    def _implicitHeader(self) -> None:
        raise ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()')

    def flushHeaders(self) -> None:
        """Node's ``outgoingMessage.flushHeaders()``: send the head now, before any body."""
        if self._header is None:
            self._implicitHeader()
        self._send(b'')

    # -- body -----------------------------------------------------------------------

    def write(self, chunk: Any, encoding: Any = None, callback: Callback | None = None) -> bool:
        """Node's ``outgoingMessage.write(chunk[, encoding][, callback])``: send body data; ``False`` means wait for ``'drain'``."""
        if callable(encoding):
            callback, encoding = encoding, None
        ok = self._write(chunk, encoding, callback if callable(callback) else None, False)
        if not ok:
            self._needDrain = True
        return ok

    def _write(self, chunk: Any, encoding: str | None, callback: Callback | None,
               fromEnd: bool) -> bool:
        # bytes pass through _to_bytes unchanged: skip its two calls on the hot path.
        data = chunk if chunk.__class__ is bytes else _to_bytes(
            chunk, encoding if isEncoding(encoding) else None)
        err: BaseException | None = None
        if self.finished:
            err = ERR_STREAM_WRITE_AFTER_END()
        elif self.destroyed:
            err = ERR_STREAM_DESTROYED('write')
        if err is not None:
            cb = callback or _nop
            if not self.destroyed:
                nextTick(self._emitErrorNT, err, cb)
            else:
                nextTick(cb, err)
            return False
        if self.strictContentLength:
            length = len(data)
            total = self._bytesWritten + length
            expected = self._contentLength
            if self._strictContentLength() and expected is not None and (
                    total != expected if fromEnd else total > expected):
                raise ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, expected)
            self._bytesWritten = total
        if self._header is None:
            if fromEnd:
                self._contentLength = len(data)
            self._implicitHeader()
        if not self._hasBody:
            if getattr(self, '_rejectNonStandardBodyWrites', False):
                raise ERR_HTTP_BODY_NOT_ALLOWED()
            nextTick(callback or _nop)
            return True
        if self.chunkedEncoding and data:
            return self._send(frameChunk(data), callback, 'latin1', encoding)
        # A string first chunk in utf8 (or no encoding) carries the head in utf8.
        return self._send(data, callback, 'utf8' if isinstance(chunk, str) and (
            encoding is None or encoding == 'utf8') else 'latin1', encoding)

    def _strictContentLength(self) -> bool:
        return (self.strictContentLength and self._contentLength is not None
                and self._hasBody and not self._removedContLen
                and not self.chunkedEncoding and not self.hasHeader('transfer-encoding'))

    def _emitErrorNT(self, err: BaseException, callback: Callback) -> None:
        callback(err)
        if not self.destroyed:
            self.emit('error', err)

    def _send(self, data: bytes, callback: Callback | None = None,
              headEncoding: str = 'latin1', encoding: Any = None) -> bool:
        if not self._headerSent and self._header is not None:
            data = self._header.encode('utf-8' if headEncoding == 'utf8' else 'latin-1') + data
            self._headerSent = True
            return self._writeRaw(data, callback, headEncoding, encoding)
        return self._writeRaw(data, callback, None, encoding)

    def _writeRaw(self, data: bytes, callback: Callback | None = None,
                  withHeader: str | None = None, encoding: Any = None) -> bool:
        conn = self.socket
        if conn is not None and conn.destroyed:
            return False
        # The chunk is already bytes here; Node hands socket.write() the chunk with its
        # encoding, and Writable.write() throws ERR_UNKNOWN_ENCODING there (now, or at flush).
        badEncoding = _unknownEncoding(encoding)
        if conn is not None and conn._httpMessage is self and conn.writable:
            if self.outputData:
                self._flushOutput(conn)
            if badEncoding:
                raise ERR_UNKNOWN_ENCODING(encoding)
            return conn.write(data, None, callback)  # type: ignore[no-any-return]
        self.outputSize += len(data)
        if withHeader:
            # Node buffers the head (and a string body sent with it) as a string:
            # what a proxy agent reads and rewrites in outputData[0].data.
            self.outputData.append({'data': data.decode(
                'utf-8' if withHeader == 'utf8' else 'latin-1'), 'encoding': withHeader,
                'callback': callback})
        else:
            self.outputData.append({'data': data, 'encoding': None, 'callback': callback})
        if badEncoding:  # an empty entry that carries the encoding to _flushOutput
            self.outputData.append({'data': b'', 'encoding': encoding, 'callback': None})
        return self.outputSize < HIGH_WATER_MARK

    def _flushOutput(self, socket: Any) -> bool:
        """Write what was buffered before this message owned ``socket``, in one write."""
        output = self.outputData
        if not output:
            return True
        self.outputData = []
        self.outputSize = 0
        for entry in output:
            if _unknownEncoding(entry.get('encoding')):
                # Node corks, writes entry by entry and throws here: nothing reaches the wire.
                raise ERR_UNKNOWN_ENCODING(entry['encoding'])
        callbacks = [entry['callback'] for entry in output if entry.get('callback') is not None]
        data = b''.join([_to_bytes(entry['data'], entry.get('encoding')) for entry in output])
        if not callbacks:
            return socket.write(data, None, None)  # type: ignore[no-any-return]
        if len(callbacks) == 1:
            return socket.write(data, None, callbacks[0])  # type: ignore[no-any-return]

        def run_all(*args: Any) -> None:
            for cb in callbacks:
                cb(*args)
        return socket.write(data, None, run_all)  # type: ignore[no-any-return]

    def end(self, chunk: Any = None, encoding: Any = None,
            callback: Callback | None = None) -> OutgoingMessage:
        """Finish the message; ``'finish'`` is emitted once the last bytes are handed on."""
        if callable(chunk):
            callback, chunk, encoding = chunk, None, None
        elif callable(encoding):
            callback, encoding = encoding, None
        if not callable(callback):
            callback = None  # Node ignores a callback that is not a function
        if truthy(chunk):
            if self.finished:
                nextTick(self._emitErrorNT, ERR_STREAM_WRITE_AFTER_END(), callback or _nop)
                return self
            self._write(chunk, encoding, None, True)
        elif self.finished:
            if callback is not None:
                if not self.writableFinished:
                    self.on('finish', callback)
                else:
                    callback(ERR_STREAM_ALREADY_FINISHED('end'))
            return self
        elif self._header is None:
            self._contentLength = 0
            self._implicitHeader()
        if callback is not None:
            self.once('finish', callback)
        if self._strictContentLength() and self._bytesWritten != self._contentLength:
            raise ERR_HTTP_CONTENT_LENGTH_MISMATCH(self._bytesWritten, self._contentLength)
        if self._hasBody and self.chunkedEncoding:
            self._send(last_chunk(self._trailer), self._onFinish)
        elif not self._headerSent or self.writableLength or chunk:
            self._send(b'', self._onFinish)
        else:
            nextTick(self._onFinish)
        self.finished = True
        socket = self.socket
        if not self.outputData and socket is not None and socket._httpMessage is self:
            self._finish()
        return self

    def _onFinish(self, *args: Any) -> None:
        socket = self.socket
        if socket is not None and getattr(socket, '_hadError', False):
            return
        self.emit('finish')

    def _finish(self) -> None:
        self.emit('prefinish')

    def _flush(self) -> None:
        socket = self.socket
        if socket is not None and socket.writable:
            ok = self._flushOutput(socket)
            if self.finished:
                self._finish()
            elif ok and self._needDrain:
                self._needDrain = False
                self.emit('drain')

    # -- state -----------------------------------------------------------------------

    @property
    def writableEnded(self) -> bool:
        """Node's ``outgoingMessage.writableEnded``: ``end()`` has been called."""
        return self.finished

    @property
    def writableFinished(self) -> bool:
        """Node's ``outgoingMessage.writableFinished``: every byte has been handed to the socket."""
        socket = self.socket
        return self.finished and self.outputSize == 0 and (
            socket is None or socket.writableLength == 0)

    @property
    def writableLength(self) -> int:
        """Node's ``outgoingMessage.writableLength``: bytes buffered, not yet written to the socket."""
        socket = self.socket
        return self.outputSize + (socket.writableLength if socket is not None else 0)

    @property
    def writableHighWaterMark(self) -> int:
        """Node's ``outgoingMessage.writableHighWaterMark``: the socket's, else the default high-water mark."""
        socket = self.socket
        return socket.writableHighWaterMark if socket is not None else HIGH_WATER_MARK

    @property
    def writableObjectMode(self) -> bool:
        """Node's ``outgoingMessage.writableObjectMode``: always ``False``."""
        return False

    @property
    def writableCorked(self) -> int:
        """Node's ``outgoingMessage.writableCorked``: how many ``cork()`` calls are pending."""
        socket = self.socket
        return (socket.writableCorked if socket is not None else 0) + self._corked

    _corked = 0

    def cork(self) -> None:
        """Node's ``outgoingMessage.cork()``: buffer writes until ``uncork()``."""
        if self.socket is not None:
            self.socket.cork()
        else:
            self._corked += 1

    def uncork(self) -> None:
        """Node's ``outgoingMessage.uncork()``: flush the writes buffered since ``cork()``."""
        if self.socket is not None:
            self.socket.uncork()
        elif self._corked:
            self._corked -= 1

    def pipe(self, *args: Any) -> None:
        """An outgoing message is write-only: piping from it is an error (as Node)."""
        self.emit('error', ERR_STREAM_CANNOT_PIPE())

    @property
    def writableNeedDrain(self) -> bool:
        """Node's ``outgoingMessage.writableNeedDrain``: a write returned ``False`` and ``'drain'`` is pending."""
        return not self.destroyed and not self.finished and self._needDrain

    def setTimeout(self, msecs: float, callback: Callback | None = None) -> OutgoingMessage:
        """Node's ``outgoingMessage.setTimeout(msecs[, callback])``: a timeout on the socket once assigned."""
        if callback is not None:
            self.on('timeout', callback)
        if self.socket is None:
            self.once('socket', lambda socket: socket.setTimeout(msecs))
        else:
            self.socket.setTimeout(msecs)
        return self

    def destroy(self, error: BaseException | None = None) -> OutgoingMessage:
        """Node's ``outgoingMessage.destroy([error])``: destroy the message and its socket."""
        if self.destroyed:
            return self
        self.destroyed = True
        self.errored = error
        if self.socket is not None:
            self.socket.destroy(error)
        else:
            self.once('socket', lambda socket: socket.destroy(error))
        return self
