"""``IncomingMessage``: a response (client side) or request (server side) being read.

Mirrors ``_http_incoming.js``. ``headers`` is built lazily from
``rawHeaders`` with Node's duplicate rules (``set-cookie`` a list, ``cookie``
joined by ``'; '``, a fixed set of fields first-wins, the rest joined by
``', '``); ``headersDistinct`` keeps every value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._streams.end_of_stream import eos as finished
from ._streams.readable import Readable
from ._streams.state import getDefaultHighWaterMark
from .process import nextTick

__all__ = ['IncomingMessage', 'readStart', 'readStop']

# Fields Node keeps only the first value of (matchKnownFields without a flag).
_FIRST_WINS = frozenset((
    'age', 'host', 'from', 'etag', 'server', 'referer', 'expires', 'location', 'user-agent',
    'retry-after', 'content-type', 'max-forwards', 'authorization', 'last-modified',
    'content-length', 'if-modified-since', 'proxy-authorization', 'if-unmodified-since',
))


def _addHeaderLines(raw: list[str], dest: dict[str, Any], join: bool,
                    n: int | None = None) -> None:
    for i in range(0, len(raw) if n is None else min(n, len(raw)), 2):
        field = raw[i].lower()
        value = raw[i + 1]
        if field == 'set-cookie':
            existing = dest.get('set-cookie')
            if existing is None:
                dest['set-cookie'] = [value]
            else:
                existing.append(value)
        elif field in _FIRST_WINS:
            if field not in dest:
                dest[field] = value
            elif join:
                dest[field] += ', ' + value
        elif field in dest:
            dest[field] += ('; ' if field == 'cookie' else ', ') + value
        else:
            dest[field] = value


def _distinct(raw: list[str], n: int | None = None) -> dict[str, list[str]]:
    dest: dict[str, list[str]] = {}
    for i in range(0, len(raw) if n is None else min(n, len(raw)), 2):
        dest.setdefault(raw[i].lower(), []).append(raw[i + 1])
    return dest


class IncomingMessage(Readable):
    """Node's ``http.IncomingMessage``."""

    httpVersionMajor: int | None = None
    httpVersionMinor: int | None = None
    httpVersion: str | None = None
    complete = False
    joinDuplicateHeaders = False
    aborted = False
    upgrade = False
    url = ''
    method: str | None = None
    statusCode: int | None = None
    statusMessage: str | None = None
    req: Any = None
    _consuming = False
    _dumped = False
    _headers: dict[str, Any] | None = None
    # kHeadersCount: how many rawHeaders entries headers reads (parser.maxHeaderPairs).
    _headersCount: int | None = 2000
    _trailers: dict[str, Any] | None = None

    def __init__(self, socket: Any) -> None:
        hwm = socket.readableHighWaterMark if socket is not None else None
        # The socket's mark, given only when it is not the default (what no options give).
        Readable.__init__(self, {'highWaterMark': hwm} if hwm is not None and not (
            hwm.__class__ is int and hwm == getDefaultHighWaterMark(False)) else None)
        self._readableState.readingMore = True
        self.socket = socket
        self.rawHeaders: list[str] = []
        self.rawTrailers: list[str] = []

    @property
    def connection(self) -> Any:
        """Node's deprecated ``message.connection``: an alias of ``message.socket``."""
        return self.socket

    @property
    def headers(self) -> dict[str, Any]:
        """Node's ``message.headers``: a ``dict`` of lower-case names (duplicates joined as Node joins them)."""
        if self._headers is None:
            self._headers = {}
            _addHeaderLines(self.rawHeaders, self._headers, self.joinDuplicateHeaders,
                            self._headersCount)
        return self._headers

    @headers.setter
    def headers(self, value: dict[str, Any]) -> None:
        self._headers = value

    @property
    def headersDistinct(self) -> dict[str, list[str]]:
        """Node's ``message.headersDistinct``: a ``dict`` of lower-case names to lists of values."""
        return _distinct(self.rawHeaders, self._headersCount)

    @property
    def trailers(self) -> dict[str, Any]:
        """Node's ``message.trailers``: the trailer headers, filled at ``'end'``."""
        if self._trailers is None:
            self._trailers = {}
            _addHeaderLines(self.rawTrailers, self._trailers, self.joinDuplicateHeaders)
        return self._trailers

    @trailers.setter
    def trailers(self, value: dict[str, Any]) -> None:
        self._trailers = value

    @property
    def trailersDistinct(self) -> dict[str, list[str]]:
        """Node's ``message.trailersDistinct``: the trailers as lists of values."""
        return _distinct(self.rawTrailers)

    def setTimeout(self, msecs: float, callback: Callable[..., Any] | None = None) -> \
            IncomingMessage:
        """Node's ``message.setTimeout(msecs[, callback])``: ``message.socket.setTimeout()``."""
        if callback is not None:
            self.on('timeout', callback)
        if self.socket is not None:
            self.socket.setTimeout(msecs)
        return self

    def _read(self, n: Any = None) -> None:
        if not self._consuming:
            self._readableState.readingMore = False
            self._consuming = True
        # The parser fills the buffer directly (push); here the socket is let flow again.
        socket = self.socket
        if socket is not None and socket.readable:
            readStart(socket)

    def _destroy(self, err: BaseException | None, cb: Callable[..., Any]) -> None:
        if not self.readableEnded or not self.complete:
            self.aborted = True
            self.emit('aborted')
        socket = self.socket
        if socket is not None and not socket.destroyed and self.aborted:
            socket.destroy(err)

            def onSocketFinished(e: BaseException | None = None) -> None:
                if e is not None and getattr(e, 'code', None) == 'ERR_STREAM_PREMATURE_CLOSE':
                    e = None
                cleanup()
                nextTick(_onError, self, e or err, cb)
            cleanup = finished(socket, onSocketFinished)
        else:
            nextTick(_onError, self, err, cb)

    def _dump(self) -> None:
        """Throw the body away so the socket is not left waiting on a reader."""
        if not self._dumped:
            self._dumped = True
            # If there is buffered data, it may trigger 'data' events; drop them.
            self.removeAllListeners('data')
            self.resume()


def _onError(self: IncomingMessage, error: BaseException | None,
             cb: Callable[..., Any]) -> None:
    # Node emits the error only if someone listens for it (backward compatibility).
    if self.listenerCount('error') == 0:
        cb()
    else:
        cb(error)


def readStart(socket: Any) -> None:
    if socket is not None and not getattr(socket, '_paused', False) and socket.readable:
        socket.resume()


def readStop(socket: Any) -> None:
    if socket is not None:
        socket.pause()


MAX_HEADER_PAIRS = 2000


def maxHeaderPairs(maxHeadersCount: Any) -> int | None:
    """``parser.maxHeaderPairs`` from a ``maxHeadersCount`` (None: unlimited)."""
    pairs = MAX_HEADER_PAIRS
    if isinstance(maxHeadersCount, (int, float)) and not isinstance(maxHeadersCount, bool):
        pairs = int(maxHeadersCount) << 1
    return pairs if pairs > 0 else None
