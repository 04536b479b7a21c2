"""``http.Server`` and ``ServerResponse`` (``_http_server.js``).

Enough of Node's server to port its agent tests line by line: keep-alive
with ``Keep-Alive: timeout=5`` advertised, ``keepAliveTimeout`` closing idle
connections, pipelined requests answered in order, ``Connection: close``
honoured, ``Expect: 100-continue``, ``closeAllConnections()`` /
``closeIdleConnections()`` (``close()`` also closes idle ones, as in Node 19+),
``headersTimeout`` / ``requestTimeout``, and Node's 400/431/408 answers to
bad requests.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

from . import diagnostics_channel as _dc
from . import net
from ._http_common import (
    STATUS_CODES,
    SocketListener,
    checkInvalidHeaderChar,
    headerValueString,
    maxHeaderSize,
    parserOnHeadersComplete,
)
from ._http_incoming import IncomingMessage, maxHeaderPairs, readStart, readStop
from ._http_outgoing import OutgoingMessage, parseUniqueHeadersOption
from ._types import ServerOptions
from ._wire import Body, MessageEnd, RequestHead, RequestParser, Upgrade
from .errors import (
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
    HTTPParserError,
    connResetException,
)
from .process import nextTick
from .timers import clearInterval, setInterval
from .validators import (
    validateBoolean,
    validateInteger,
    validateLinkHeaderValue,
    validateObject,
)

__all__ = ['Server', 'ServerResponse', 'createServer']

_CONTINUE = re.compile(r'(?:^|\W)100-continue(?:$|\W)', re.I)
_CHUNKED = re.compile(r'(?:^|\W)chunked(?:$|\W)', re.I)
_BAD_REQUEST = b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'
_TOO_LARGE = b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
_CHUNK_EXTENSIONS_TOO_LARGE = b'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n'
KEEP_ALIVE_TIMEOUT_BUFFER = 1000
_TIMEOUT = b'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'


class ServerResponse(OutgoingMessage):
    """Node's ``http.ServerResponse``."""

    def __init__(self, req: IncomingMessage, options: dict[str, Any] | None = None) -> None:
        super().__init__()
        if req.method == 'HEAD':
            self._hasBody = False
        self.req = req
        self.sendDate = True
        self.statusCode = 200
        self.statusMessage: str | None = None
        self._sent100 = False
        self._expect_continue = False
        self._rejectNonStandardBodyWrites = bool((options or {}).get(
            'rejectNonStandardBodyWrites'))
        if (req.httpVersionMajor or 0) < 1 or (req.httpVersionMinor or 0) < 1:
            self.useChunkedEncodingByDefault = bool(_CHUNKED.search(req.headers.get('te') or ''))
            self.shouldKeepAlive = False

    def assignSocket(self, socket: Any) -> None:
        """Node's ``response.assignSocket(socket)``: attach the response to ``socket``."""
        if socket._httpMessage is not None:
            raise ERR_HTTP_SOCKET_ASSIGNED()
        socket._httpMessage = self
        socket.on('close', _ServerResponseClose(socket))
        self.socket = socket
        self.emit('socket', socket)
        self._flush()

    def detachSocket(self, socket: Any) -> None:
        """Node's ``response.detachSocket(socket)``: release ``socket`` from the response."""
        socket.removeListener('close', _ServerResponseClose(socket))
        socket._httpMessage = None
        self.socket = None

    def writeContinue(self, cb: Callable[..., Any] | None = None) -> None:
        """Node's ``response.writeContinue()``: send ``HTTP/1.1 100 Continue``."""
        self._writeRaw(b'HTTP/1.1 100 Continue\r\n\r\n', cb)
        self._sent100 = True

    def writeProcessing(self, cb: Callable[..., Any] | None = None) -> None:
        """Node's ``response.writeProcessing()``: send ``HTTP/1.1 102 Processing``."""
        self._writeRaw(b'HTTP/1.1 102 Processing\r\n\r\n', cb)

    def writeEarlyHints(self, hints: Any, cb: Callable[..., Any] | None = None) -> None:
        """Node's ``response.writeEarlyHints(hints[, callback])``: a ``103 Early Hints`` head."""
        head = 'HTTP/1.1 103 Early Hints\r\n'
        validateObject(hints, 'hints')
        if hints.get('link') is None:
            return
        link = validateLinkHeaderValue(hints['link'])
        if not link:
            return
        head += 'Link: ' + link + '\r\n'
        for key, value in hints.items():
            if key != 'link':
                head += f'{key}: {headerValueString(value)}\r\n'
        head += '\r\n'
        self._writeRaw(head.encode('latin-1'), cb)

    def _implicitHeader(self) -> None:
        self.writeHead(self.statusCode)

    def writeHead(self, statusCode: Any, reason: Any = None, obj: Any = None) -> ServerResponse:
        """Send the status line and headers (merged with those set by ``setHeader``)."""
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('write')
        original = statusCode
        try:
            statusCode = int(statusCode)
        except (TypeError, ValueError):
            statusCode = 0
        if statusCode < 100 or statusCode > 999:
            raise ERR_HTTP_INVALID_STATUS_CODE(original)
        if isinstance(reason, str):
            self.statusMessage = reason
        else:
            self.statusMessage = self.statusMessage or STATUS_CODES.get(statusCode, 'unknown')
            if obj is None:
                obj = reason
        self.statusCode = statusCode
        if self._outHeaders:
            if isinstance(obj, list):
                if len(obj) % 2:
                    raise ERR_INVALID_ARG_VALUE('headers', obj)
                for n in range(0, len(obj), 2):
                    if obj[n]:
                        self.setHeader(obj[n], obj[n + 1])
            elif obj:
                for key, value in obj.items():
                    if key:
                        self.setHeader(key, value)
            headers: Any = self._outHeaders
        else:
            headers = obj
        if checkInvalidHeaderChar(self.statusMessage):
            raise ERR_INVALID_CHAR('statusMessage')
        statusLine = f'HTTP/1.1 {statusCode} {self.statusMessage}\r\n'
        if statusCode in (204, 304) or 100 <= statusCode <= 199:
            self._hasBody = False
        if self._expect_continue and not self._sent100:
            self.shouldKeepAlive = False
        self._storeHeader(statusLine, headers)
        return self

    writeHeader = writeHead


class _ServerResponseClose(SocketListener):
    """``onServerResponseClose``: the connection closed under a response."""

    __slots__ = ()

    def __call__(self, *_: Any) -> None:
        res = self.socket._httpMessage
        if res is not None:
            _emitCloseNT(res)


def _emitCloseNT(res: ServerResponse) -> None:
    if not res._closed:
        res.destroyed = True
        res._closed = True
        res.emit('close')


class _ConnectionState:
    """Per-connection bookkeeping (Node's ``state`` object in connectionListener)."""

    __slots__ = ('server', 'socket', 'wire', 'incoming', 'outgoing', 'current',
                 'keepAliveTimeoutSet', 'requestsCount', 'headersStarted', 'requestStarted',
                 'failed', 'maxHeaderPairs')

    def __init__(self, server: Server, socket: Any) -> None:
        self.server = server
        self.socket = socket
        self.wire = RequestParser(max_header_size=server.maxHeaderSize or maxHeaderSize,
                                  insecure=bool(server.insecureHTTPParser))
        self.incoming: list[IncomingMessage] = []
        self.outgoing: list[ServerResponse] = []
        self.current: IncomingMessage | None = None
        self.keepAliveTimeoutSet = False
        self.requestsCount = 0
        self.headersStarted = 0.0
        self.requestStarted = 0.0
        self.failed = False
        # Propagate headers limit from server instance to parser
        self.maxHeaderPairs = maxHeaderPairs(server.maxHeadersCount)

    # -- socket listeners ---------------------------------------------------------

    def onData(self, data: bytes) -> None:
        if self.failed:
            return
        if not self.requestStarted:
            self.requestStarted = self.headersStarted = self.socket._life.loop.time()
        try:
            events = self.wire.feed(data)
        except HTTPParserError as err:
            self.dispatch(getattr(err, 'events', []))
            self.onError(err)
            return
        self.dispatch(events)

    def dispatch(self, events: list[Any]) -> None:
        for event in events:
            kind = event.__class__
            if kind is Body:
                req = self.current
                if req is not None and not req._dumped:
                    if not req.push(event.data):
                        readStop(self.socket)
            elif kind is RequestHead:
                self.headersStarted = 0.0
                self.onHeaders(event)
            elif kind is MessageEnd:
                req = self.current
                self.requestStarted = 0.0
                if req is not None:
                    req.complete = True
                    if event.raw_trailers:
                        req.rawTrailers = event.raw_trailers
                        req._trailers = None
                    req.push(None)
                    self.current = None
                readStart(self.socket)  # parserOnMessageComplete: read the next message
            elif kind is Upgrade:
                self.onUpgrade(event.rest)
                return

    def onEnd(self, *_: Any) -> None:
        if not self.failed:  # llhttp_finish() does nothing once the parser has failed
            try:
                events = self.wire.feed_eof()
            except HTTPParserError as err:
                self.onError(err)
                return
            self.dispatch(events)
        # socketOnEnd: requests are aborted on 'close', not on the client's FIN.
        socket = self.socket
        if not self.server.httpAllowHalfOpen:
            socket.end()
        elif self.outgoing:
            self.outgoing[-1]._last = True
        elif socket._httpMessage is not None:
            socket._httpMessage._last = True
        else:
            socket.end()

    def onDrain(self, *_: Any) -> None:
        """``socketOnDrain``: relay the socket's 'drain' to the response writing."""
        msg = self.socket._httpMessage
        if msg is not None and not msg.finished and msg._needDrain:
            msg._needDrain = False
            msg.emit('drain')

    def onClose(self, *_: Any) -> None:
        self.abortIncoming()
        self.server._httpConnections.discard(self)

    def onError(self, err: BaseException) -> None:
        """``socketOnError``: a bad request; answer 400/431/408 unless someone listens."""
        self.failed = True
        socket = self.socket
        socket.removeListener('error', self.onSocketError)
        if not socket.listenerCount('error'):
            socket.on('error', _noop)
        if not self.server.emit('clientError', err, socket):
            # No in-flight response, or none of it written yet: answer the error.
            msg = socket._httpMessage
            if socket.writable and (msg is None or not msg._headerSent):
                code = getattr(err, 'code', '')
                response = _TOO_LARGE if code == 'HPE_HEADER_OVERFLOW' else \
                    _CHUNK_EXTENSIONS_TOO_LARGE if code == 'HPE_CHUNK_EXTENSIONS_OVERFLOW' else \
                    _TIMEOUT if code == 'ERR_HTTP_REQUEST_TIMEOUT' else _BAD_REQUEST
                socket.write(response)
            socket.destroy(err)

    def onSocketError(self, err: BaseException) -> None:
        self.onError(err)

    def onTimeout(self, *_: Any) -> None:
        socket = self.socket
        req = self.current
        reqTimeout = req is not None and not req.complete and req.emit('timeout', socket)
        res = socket._httpMessage
        resTimeout = res is not None and res.emit('timeout', socket)
        serverTimeout = self.server.emit('timeout', socket)
        if not reqTimeout and not resTimeout and not serverTimeout:
            socket.destroy()

    def abortIncoming(self) -> None:
        while self.incoming:
            req = self.incoming.pop(0)
            req.destroy(connResetException('aborted'))

    # -- requests ---------------------------------------------------------------------

    def onHeaders(self, head: RequestHead) -> None:
        server = self.server
        socket = self.socket
        req = parserOnHeadersComplete(self, head, server._IncomingMessage,
                                      bool(server.joinDuplicateHeaders))
        self.current = req
        if self.keepAliveTimeoutSet:
            socket.setTimeout(server.timeout or 0)
            self.keepAliveTimeoutSet = False
        if req.upgrade:
            req.upgrade = req.method == 'CONNECT' or server.listenerCount('upgrade') > 0
            if req.upgrade:
                return
        self.incoming.append(req)
        res = server._ServerResponse(req, {
            'highWaterMark': socket.writableHighWaterMark,
            'rejectNonStandardBodyWrites': server.rejectNonStandardBodyWrites})
        res._keepAliveTimeout = server.keepAliveTimeout
        res._maxRequestsPerSocket = server.maxRequestsPerSocket or 0
        res.shouldKeepAlive = head.keep_alive
        res._uniqueHeaders = getattr(server, '_uniqueHeaders', None)
        if _dc.httpServerRequestStart.hasSubscribers:
            _dc.httpServerRequestStart.publish({'request': req, 'response': res,
                                                'socket': socket, 'server': server})
        if socket._httpMessage is not None:
            self.outgoing.append(res)
        else:
            res.assignSocket(socket)
        res.on('finish', lambda *a: self.onResponseFinish(req, res))
        handled = False
        if req.httpVersionMajor == 1 and req.httpVersionMinor == 1:
            if server.requireHostHeader and req.headers.get('host') is None:
                res.writeHead(400, ['Connection', 'close'])
                res.end()
                return
            limit = server.maxRequestsPerSocket
            limited = isinstance(limit, int) and limit > 0
            if limited:
                self.requestsCount += 1
                res.maxRequestsOnConnectionReached = limit <= self.requestsCount
            if limited and limit < self.requestsCount:
                handled = True
                server.emit('dropRequest', req, socket)
                res.writeHead(503)
                res.end()
            elif req.headers.get('expect') is not None:
                handled = True
                if _CONTINUE.search(req.headers['expect']):
                    res._expect_continue = True
                    if server.listenerCount('checkContinue') > 0:
                        server.emit('checkContinue', req, res)
                    else:
                        res.writeContinue()
                        server.emit('request', req, res)
                elif server.listenerCount('checkExpectation') > 0:
                    server.emit('checkExpectation', req, res)
                else:
                    res.writeHead(417)
                    res.end()
        if not handled:
            server.emit('request', req, res)

    def onResponseFinish(self, req: IncomingMessage, res: ServerResponse) -> None:
        """``resOnFinish``: the response is out; next response, keep-alive wait, or close."""
        socket = self.socket
        if _dc.httpServerResponseFinish.hasSubscribers:
            _dc.httpServerResponseFinish.publish({'request': req, 'response': res,
                                                  'socket': socket, 'server': self.server})
        if self.incoming and self.incoming[0] is req:
            self.incoming.pop(0)
        if not req._consuming and not req._readableState.resumeScheduled:
            req._dump()
        res.detachSocket(socket)
        nextTick(_emitCloseNT, res)
        if res._last:
            socket.destroySoon()
        elif not self.outgoing:
            if self.server.keepAliveTimeout:
                # Node waits a second longer than it advertises, so a client that
                # reuses the socket at the last moment is not cut off.
                socket.setTimeout(self.server.keepAliveTimeout + KEEP_ALIVE_TIMEOUT_BUFFER)
                self.keepAliveTimeoutSet = True
        else:
            self.outgoing.pop(0).assignSocket(socket)

    def onUpgrade(self, head: bytes) -> None:
        socket = self.socket
        req = self.current
        self.current = None
        socket.removeListener('data', self.onData)
        socket.removeListener('end', self.onEnd)
        socket.removeListener('close', self.onClose)
        socket.removeListener('timeout', self.onTimeout)
        socket.removeListener('error', self.onSocketError)
        socket.removeListener('drain', self.onDrain)
        self.server._httpConnections.discard(self)
        event = 'connect' if req is not None and req.method == 'CONNECT' else 'upgrade'
        socket.readableFlowing = None
        if self.server.listenerCount(event) > 0:
            self.server.emit(event, req, socket, head)
        else:
            socket.destroy()

    @property
    def idle(self) -> bool:
        """``ConnectionsList.idle()``: no request message in progress on the connection."""
        return not self.requestStarted


def _noop(*_: Any) -> None:
    pass


def _socketSetEncoding(*_: Any) -> None:
    raise ERR_HTTP_SOCKET_ENCODING()


def _optionalInteger(opts: dict[str, Any], name: str, default: Any) -> Any:
    value = opts.get(name)
    if value is None:
        return default
    validateInteger(value, name, 0)
    return value


def _optionalBoolean(opts: dict[str, Any], name: str, default: Any) -> Any:
    value = opts.get(name)
    if value is None:
        return default
    validateBoolean(value, f'options.{name}')
    return value


def storeHTTPOptions(server: Any, opts: dict[str, Any]) -> None:
    """Node's ``storeHTTPOptions``: the HTTP options of ``http.Server`` and ``https.Server``."""
    server._IncomingMessage = opts.get('IncomingMessage') or IncomingMessage
    server._ServerResponse = opts.get('ServerResponse') or ServerResponse
    server.maxHeaderSize = _optionalInteger(opts, 'maxHeaderSize', None)
    server.insecureHTTPParser = _optionalBoolean(opts, 'insecureHTTPParser', None)
    server.requestTimeout = _optionalInteger(opts, 'requestTimeout', 300_000)
    server.headersTimeout = _optionalInteger(opts, 'headersTimeout',
                                             min(60_000, server.requestTimeout))
    if server.requestTimeout > 0 and server.headersTimeout > 0 and \
            server.headersTimeout > server.requestTimeout:
        raise ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', server.headersTimeout)
    server.keepAliveTimeout = _optionalInteger(opts, 'keepAliveTimeout', 5_000)
    server.connectionsCheckingInterval = _optionalInteger(
        opts, 'connectionsCheckingInterval', 30_000)
    server.requireHostHeader = _optionalBoolean(opts, 'requireHostHeader', True)
    server.joinDuplicateHeaders = _optionalBoolean(opts, 'joinDuplicateHeaders', None)
    server.rejectNonStandardBodyWrites = _optionalBoolean(
        opts, 'rejectNonStandardBodyWrites', False)
    # The port's kConnections list and checking interval.
    server._httpConnections = set()
    server._checker = None


def httpServerPreClose(server: Any) -> None:
    """Node's ``httpServerPreClose``: stop the connections check, close idle connections."""
    if server._checker is not None:
        clearInterval(server._checker)
        server._checker = None
    server.closeIdleConnections()


class Server(net.Server):
    """Node's ``http.Server``: ``createServer(options, requestListener)``."""

    _httpConnections: set[_ConnectionState]
    _checker: Any
    _IncomingMessage: type[IncomingMessage]
    _ServerResponse: type[ServerResponse]
    # Set by storeHTTPOptions, as Node's.
    maxHeaderSize: int | None
    insecureHTTPParser: bool | None
    requestTimeout: int
    headersTimeout: int
    keepAliveTimeout: int
    connectionsCheckingInterval: int
    requireHostHeader: bool
    joinDuplicateHeaders: bool | None
    rejectNonStandardBodyWrites: bool

    def __init__(self, options: ServerOptions | dict[str, Any] | Callable[..., Any] | None = None,
                 requestListener: Callable[..., Any] | None = None, **kwargs: Any) -> None:
        if callable(options):
            requestListener, options = options, None
        elif options is not None:
            validateObject(options, 'options')
        opts = {**(options or {}), **kwargs}
        storeHTTPOptions(self, opts)
        net.Server.__init__(self, {
            'allowHalfOpen': True, 'noDelay': opts.get('noDelay', True),
            'keepAlive': opts.get('keepAlive'),
            'keepAliveInitialDelay': opts.get('keepAliveInitialDelay'),
            'highWaterMark': opts.get('highWaterMark')})
        self.httpAllowHalfOpen = False
        self.timeout: float = 0
        self.maxHeadersCount: int | None = None
        self.maxRequestsPerSocket = 0
        self._uniqueHeaders = parseUniqueHeadersOption(opts.get('uniqueHeaders'))
        if requestListener is not None:
            self.on('request', requestListener)
        self.on('connection', self._connectionListener)
        self.on('listening', self._setupConnectionsTracking)

    def _connectionListener(self, socket: Any) -> None:
        socket.server = self
        if self.timeout:
            socket.setTimeout(self.timeout)
        state = _ConnectionState(self, socket)
        self._httpConnections.add(state)
        socket.on('timeout', state.onTimeout)
        socket.on('data', state.onData)
        socket.on('error', state.onSocketError)
        socket.on('end', state.onEnd)
        socket.on('close', state.onClose)
        socket.on('drain', state.onDrain)
        socket.setEncoding = _socketSetEncoding
        socket.setNoDelay(True)

    def _setupConnectionsTracking(self, *_: Any) -> None:
        if self._checker is not None:
            clearInterval(self._checker)
        # Started even when both timeouts are 0, so timeouts set later apply.
        self._checker = setInterval(self._checkConnections,
                                    self.connectionsCheckingInterval).unref()

    def _checkConnections(self) -> None:
        if self.headersTimeout == 0 and self.requestTimeout == 0:
            return
        now = self._life.loop.time() if self._life is not None else 0
        for state in list(self._httpConnections):
            started = state.headersStarted
            if started and self.headersTimeout and now - started > self.headersTimeout / 1000:
                state.onError(ERR_HTTP_REQUEST_TIMEOUT())
                continue
            started = state.requestStarted
            if started and self.requestTimeout and now - started > self.requestTimeout / 1000:
                state.onError(ERR_HTTP_REQUEST_TIMEOUT())

    def setTimeout(self, msecs: float = 0, callback: Callable[..., Any] | None = None) -> Server:
        """Node's ``server.setTimeout()``."""
        self.timeout = msecs
        if callback is not None:
            self.on('timeout', callback)
        return self

    def close(self, cb: Callable[..., Any] | None = None) -> Server:
        """Node's ``server.close()``."""
        httpServerPreClose(self)
        super().close(cb)
        return self

    def closeAllConnections(self) -> None:
        """Node's ``server.closeAllConnections()``."""
        for state in list(self._httpConnections):
            state.socket.destroy()

    def closeIdleConnections(self) -> None:
        """Node's ``server.closeIdleConnections()``."""
        for state in list(self._httpConnections):
            if state.idle:
                msg = state.socket._httpMessage
                if msg is not None and not msg.finished:
                    continue
                state.socket.destroy()

    # -- not Node's: ``async with http.createServer(...) as server:`` (docs/extensions.md) --

    async def __aenter__(self) -> Server:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        """``close()``, then wait for its ``'close'`` (open requests finish first)."""
        if not self.listening:
            return
        closed = asyncio.get_running_loop().create_future()

        def onclose(*_: Any) -> None:
            if not closed.done():
                closed.set_result(None)
        self.close(onclose)
        await closed


def createServer(options: ServerOptions | dict[str, Any] | Callable[..., Any] | None = None,
                 requestListener: Callable[..., Any] | None = None, **kwargs: Any) -> Server:
    """``http.createServer([options][, requestListener])``."""
    return Server(options, requestListener, **kwargs)
