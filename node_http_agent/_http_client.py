"""``ClientRequest``: an HTTP/1.1 request in flight (``_http_client.js``).

The constructor validates and normalises options exactly as Node does
(same errors, same order), stores the header, and hands the request to its
agent (``agent.addRequest``), or opens its own connection when there is no
agent. The socket is always attached on a later tick (``onSocket`` defers),
and the response is read through the sans-IO parser of ``_wire``. Socket
release follows Node: on a keep-alive response the socket goes back to the
agent (``'free'``) only once the request body was flushed too; otherwise it
is ``destroySoon()``'d.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult

from . import _http_agent, _http_common, net
from . import diagnostics_channel as _dc
from ._http_common import SocketListener, checkIsHttpToken
from ._http_incoming import MAX_HEADER_PAIRS, IncomingMessage, maxHeaderPairs, readStart, readStop
from ._http_outgoing import OutgoingMessage, parseUniqueHeadersOption
from ._wire import Body, MessageEnd, ResponseHead, ResponseParser, Upgrade
from .errors import (
    ERR_HTTP_HEADERS_SENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS,
    AbortError,
    HTTPParserError,
    connResetException,
)
from .events import addAbortListener
from .process import nextTick
from .url import URL
from .url import urlToHttpOptions as _urlToHttpOptions
from .util import encodeString, toInt32, toString, truthy
from .validators import (
    getTimerDuration,
    isNumber,
    validateAbortSignal,
    validateBoolean,
    validateInteger,
)

__all__ = ['ClientRequest', 'urlToHttpOptions']

_INVALID_PATH = re.compile(r'[^\x21-\xff]')
_NO_BODY_BY_DEFAULT = frozenset(('GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'))


def urlToHttpOptions(url: str | SplitResult | Any) -> dict[str, Any]:
    """Node's ``urlToHttpOptions(new URL(input))`` for a string, a ``URL``, or a
    ``urllib.parse`` result (read through its ``geturl()``)."""
    if isinstance(url, str):
        url = URL(url)
    elif not isinstance(url, URL):
        url = URL(url.geturl())
    return _urlToHttpOptions(url)


def _validateHost(host: Any, name: str) -> Any:
    if host is not None and not isinstance(host, str):
        raise ERR_INVALID_ARG_TYPE(f'options.{name}', ['string', 'undefined', 'null'], host)
    return host


def _isUrl(value: Any) -> bool:
    return isinstance(value, (URL, SplitResult)) or (
        hasattr(value, 'scheme') and hasattr(value, 'netloc') and hasattr(value, 'geturl'))


def _emitErrorEvent(request: ClientRequest, error: BaseException) -> None:
    """``emitErrorEvent``: publish on ``http.client.request.error``, then emit ``'error'``."""
    if request._retry is not None and request._retry.attempt(request, error):
        return  # not Node's: sent again (agent option retryStaleSocket)
    if _dc.httpClientRequestError.hasSubscribers:
        _dc.httpClientRequestError.publish({'request': request, 'error': error})
    request.emit('error', error)


class ClientRequest(OutgoingMessage):
    """Node's ``http.ClientRequest``: build it with ``http.request()``."""

    # Per-request state starts from class-level defaults (see OutgoingMessage).
    timeout: float | None = None
    _ended = False
    res: IncomingMessage | None = None
    aborted = False
    timeoutCb: Callable[..., Any] | None = None
    upgradeOrConnect = False
    parser: _ClientParser | None = None
    maxHeadersCount: int | None = None
    reusedSocket = False
    _retry: Any = None  # not Node's: retryStaleSocket state, set by the agent
    socketPath: Any = None
    maxHeaderSize: int | None = None
    insecureHTTPParser: bool | None = None
    joinDuplicateHeaders: bool | None = None

    def __init__(self, input: Any = None, options: Any = None,
                 cb: Callable[..., Any] | None = None, **kwargs: Any) -> None:
        OutgoingMessage.__init__(self)
        if input.__class__ is dict and not kwargs:
            # The common form, request(options[, cb]): no merged copy.
            if callable(options):
                cb = options
            merged: dict[str, Any] = input
        else:
            if isinstance(input, str) or _isUrl(input):
                input = urlToHttpOptions(input)
            else:
                cb = options if callable(options) else cb
                options = input if not callable(input) else None
                if callable(input):
                    cb = input
                input = None
            if callable(options):
                cb, options = options, None
            merged = dict(input or {})
            if options:
                merged.update(options)
            if kwargs:
                merged.update(kwargs)
        options = {k: v for k, v in merged.items() if v is not None}

        agent = options.get('agent')
        defaultAgent = options.get('_defaultAgent') or _http_agent.globalAgent
        if agent is False:
            agent = type(defaultAgent)()
        elif agent is None:
            if not callable(options.get('createConnection')):
                agent = defaultAgent
            self._defaultAgent = defaultAgent
        elif not callable(getattr(agent, 'addRequest', None)):
            raise ERR_INVALID_ARG_TYPE('options.agent',
                                       ['Agent-like Object', 'undefined', 'false'], agent)
        self.agent = agent

        protocol = options.get('protocol')
        if protocol is None or not truthy(protocol):
            protocol = defaultAgent.protocol
        expectedProtocol = defaultAgent.protocol
        if agent is not None and getattr(agent, 'protocol', None):
            expectedProtocol = agent.protocol
        path = options.get('path')
        if path is not None and truthy(path):
            if _INVALID_PATH.search(path if path.__class__ is str else toString(path)):
                raise ERR_UNESCAPED_CHARACTERS('Request path')
        if protocol != expectedProtocol:
            raise ERR_INVALID_PROTOCOL(protocol, expectedProtocol)

        defaultPort = options.get('defaultPort') or (
            getattr(agent, 'defaultPort', None) if agent is not None else None)
        opts = dict(options)
        port = options.get('port')
        if port is None or not truthy(port):  # NaN is falsy in JS
            port = defaultPort or 80
        opts['port'] = port
        host = opts['host'] = (_validateHost(options.get('hostname'), 'hostname')
                               or _validateHost(options.get('host'), 'host') or 'localhost')
        setHost = bool(options.get('setHost', True))
        if options.get('socketPath') is not None:
            self.socketPath = options['socketPath']
        if options.get('timeout') is not None:
            self.timeout = getTimerDuration(options['timeout'], 'timeout')
        signal = options.get('signal')
        if signal is not None and not truthy(signal):
            signal = None
        if signal is not None:
            validateAbortSignal(signal, 'signal')
            opts.pop('signal', None)

        method = options.get('method')
        if method is not None and not isinstance(method, str):
            raise ERR_INVALID_ARG_TYPE('options.method', 'string', method)
        if method:
            if not checkIsHttpToken(method):
                raise ERR_INVALID_HTTP_TOKEN('Method', method)
            method = method.upper()
        else:
            method = 'GET'
        self.method = method

        maxHeaderSize = options.get('maxHeaderSize')
        if maxHeaderSize is not None:
            validateInteger(maxHeaderSize, 'maxHeaderSize', 0)
            self.maxHeaderSize = maxHeaderSize
        insecure = options.get('insecureHTTPParser')
        if insecure is not None:
            if not isinstance(insecure, bool):
                raise ERR_INVALID_ARG_TYPE('options.insecureHTTPParser', 'boolean', insecure)
            self.insecureHTTPParser = insecure
        if options.get('joinDuplicateHeaders') is not None:
            validateBoolean(options['joinDuplicateHeaders'], 'options.joinDuplicateHeaders')
            self.joinDuplicateHeaders = options['joinDuplicateHeaders']

        self.path = options.get('path') or '/'
        if cb is not None:
            self.once('response', cb)
        self.useChunkedEncodingByDefault = method not in _NO_BODY_BY_DEFAULT
        self.host = host
        self.protocol = protocol

        if agent is not None:
            # Only a keep-alive agent, or one with a socket limit, asks the server
            # to keep the connection: otherwise it is one request per socket.
            maxSockets = getattr(agent, 'maxSockets', None)
            finite = isNumber(maxSockets) and math.isfinite(float(maxSockets))  # type: ignore[arg-type]
            if not truthy(getattr(agent, 'keepAlive', None)) and not finite:
                self._last = True
                self.shouldKeepAlive = False
            else:
                self._last = False
                self.shouldKeepAlive = True

        headers = options.get('headers')
        if not isinstance(headers, list):
            if headers is not None and truthy(headers):
                for key, value in _objectEntries(headers):
                    self.setHeader(key, value)
            if host and not self.getHeader('host') and setHost:
                hostHeader = host
                colon = hostHeader.find(':')
                if colon != -1 and ':' in hostHeader[colon + 1:] and not hostHeader.startswith('['):
                    hostHeader = f'[{hostHeader}]'
                if port and _number(port) != defaultPort:
                    hostHeader += f':{port}'
                self.setHeader('Host', hostHeader)
            auth = options.get('auth')
            if auth is not None and truthy(auth) and not self.getHeader('Authorization'):
                token = base64.b64encode(_bufferFrom(options['auth'])).decode()
                self.setHeader('Authorization', 'Basic ' + token)
            if self.getHeader('expect'):
                self._storeHeader(f'{self.method} {self.path} HTTP/1.1\r\n', self._outHeaders)
        else:
            self._storeHeader(f'{self.method} {self.path} HTTP/1.1\r\n', headers)

        uniqueHeaders = options.get('uniqueHeaders')
        if uniqueHeaders is not None:
            self._uniqueHeaders = parseUniqueHeadersOption(uniqueHeaders)

        if signal is not None:
            def onAbort(*_: Any) -> None:
                self.destroy(AbortError(options={'cause': signal.reason}))
            if signal.aborted:
                onAbort()
            else:
                disposable = addAbortListener(signal, onAbort)
                self.once('close', lambda *a: disposable.dispose())

        if agent is not None:
            agent.addRequest(self, opts)
            return
        self._last = True
        self.shouldKeepAlive = False
        if truthy(opts.get('socketPath')):
            opts['path'] = opts['socketPath']
        elif opts.get('path'):
            opts.pop('path')
        createConnection = opts.get('createConnection')
        if callable(createConnection):
            called = [False]

            def oncreate(err: BaseException | None = None, socket: Any = None) -> None:
                if called[0]:
                    return
                called[0] = True
                if err is not None:
                    nextTick(_emitErrorEvent, self, err)
                else:
                    self.onSocket(socket)
            try:
                socket = createConnection(opts, oncreate)
                if socket:
                    oncreate(None, socket)
            except Exception as err:  # noqa: BLE001 - Node emits it, asynchronously
                oncreate(err)
        else:
            self.onSocket(net.createConnection(opts))

    # -- Node's ClientRequest methods ----------------------------------------------

    def _implicitHeader(self) -> None:
        if self._header is not None:
            raise ERR_HTTP_HEADERS_SENT('render')
        self._storeHeader(f'{self.method} {self.path} HTTP/1.1\r\n', self._outHeaders)

    def _finish(self) -> None:
        OutgoingMessage._finish(self)
        if _dc.httpClientRequestStart.hasSubscribers:
            _dc.httpClientRequestStart.publish({'request': self})

    def abort(self) -> None:
        """Deprecated in Node (use ``destroy()``): emits ``'abort'`` and destroys."""
        if self.aborted:
            return
        self.aborted = True
        nextTick(self.emit, 'abort')
        self.destroy()

    def destroy(self, error: BaseException | None = None) -> ClientRequest:
        """Node's ``request.destroy([error])``: destroy the request and its socket; ``'error'`` (if given) then ``'close'`` follow."""
        if self.destroyed:
            return self
        self.destroyed = True
        if self.res is not None:
            self.res._dump()
        self._error = error
        if self.socket is not None:
            self.socket.destroy(error)
        return self

    _error: BaseException | None = None
    _glue: _ClientParser

    def onSocket(self, socket: Any, err: BaseException | None = None) -> None:
        """Attach ``socket`` on a later tick (or fail with ``err``), as Node does."""
        nextTick(self._onSocketNT, socket, err)

    def _onSocketNT(self, socket: Any, err: BaseException | None) -> None:
        if self.destroyed or err is not None:
            self.destroyed = True
            if socket is not None:
                if err is None and self.agent is not None and not socket.destroyed:
                    socket.emit('free')
                else:
                    failure = err or self._error
                    socket.destroy(failure)
                    # Node: finished(socket.destroy(...), cb): the socket's own error
                    # (one still on its way, like test-http-client-abort3's) reaches
                    # the request; a plain close (premature close) does not.
                    _whenSocketFinished(socket, lambda er: self._destroyAfter(er or failure))
                    return
            self._destroyAfter(err or self._error)
            return
        if self._retry is not None:
            self._retry.snapshot(self, socket)
        self._tickOnSocket(socket)
        self._flush()

    def _destroyAfter(self, err: BaseException | None) -> None:
        if not self.aborted and err is None:
            err = connResetException('socket hang up')
        if err is not None:
            _emitErrorEvent(self, err)
        self._closed = True
        self.emit('close')

    def _tickOnSocket(self, socket: Any) -> None:
        self.socket = socket
        # A fresh parser per request, as Node initializes one: nothing a previous
        # response left behind on a reused socket can leak into this one.
        wire = ResponseParser(max_header_size=self.maxHeaderSize or _http_common.maxHeaderSize,
                              insecure=bool(self.insecureHTTPParser))
        wire.expect(self.method)
        parser = _ClientParser(wire, socket, self)
        self.parser = parser
        socket.parser = parser
        socket._httpMessage = self
        self._glue = parser
        if self.maxHeadersCount is not None:
            parser.maxHeaderPairs = maxHeaderPairs(self.maxHeadersCount)
        socket.on('error', _SocketErrorListener(socket))
        socket.on('data', parser.onData)
        socket.on('end', parser.onEnd)
        socket.on('close', parser.onClose)
        socket.on('drain', parser.onDrain)
        agent = self.agent
        agentOptions = getattr(agent, 'options', None) if agent is not None else None
        if self.timeout is not None or (agentOptions and agentOptions.get('timeout')):
            self._listenSocketTimeout()
        self.emit('socket', socket)

    def _listenSocketTimeout(self) -> None:
        if self.timeoutCb is not None:
            return
        if self.socket is not None:
            self.timeoutCb = _EmitRequestTimeout(self.socket)
            self.socket.once('timeout', self.timeoutCb)
        else:
            def listen(socket: Any) -> None:
                self.timeoutCb = _EmitRequestTimeout(socket)
                socket.once('timeout', self.timeoutCb)
            self.timeoutCb = listen
            self.on('socket', listen)

    def setTimeout(self, msecs: Any, callback: Callable[..., Any] | None = None) -> ClientRequest:
        """Node's ``request.setTimeout(timeout[, callback])``: a socket idle timeout once a socket is assigned; ``'timeout'`` is emitted."""
        if self._ended:
            return self
        self._listenSocketTimeout()
        msecs = getTimerDuration(msecs, 'msecs')
        if callback is not None:
            self.once('timeout', callback)
        if self.socket is not None:
            _setSocketTimeout(self.socket, msecs)
        else:
            self.once('socket', lambda sock: _setSocketTimeout(sock, msecs))
        return self

    def setNoDelay(self, noDelay: bool = True) -> None:
        """Node's ``request.setNoDelay([noDelay])``: ``socket.setNoDelay()`` once a socket is assigned."""
        self._deferToConnect('setNoDelay', noDelay)

    def setSocketKeepAlive(self, enable: bool = False, initialDelay: float = 0) -> None:
        """Node's ``request.setSocketKeepAlive([enable][, initialDelay])``: ``socket.setKeepAlive()`` once a socket is assigned."""
        self._deferToConnect('setKeepAlive', enable, initialDelay)

    def _deferToConnect(self, method: str, *args: Any) -> None:
        def call(socket: Any) -> None:
            if socket.connecting:
                socket.once('connect', lambda *a: getattr(socket, method)(*args))
            else:
                getattr(socket, method)(*args)
        if self.socket is None:
            self.once('socket', call)
        else:
            call(self.socket)

    def clearTimeout(self, cb: Callable[..., Any] | None = None) -> None:
        """Node's internal ``request.clearTimeout([cb])``: remove the timeout set by ``setTimeout``."""
        self.setTimeout(0, cb)


def _objectEntries(value: Any) -> list[tuple[str, Any]]:
    """``Object.keys(value)`` with each value, for the value a Python value translates to:
    a string or Buffer gives its indices, a number, bool or function none."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, (str, bytes, bytearray, list, tuple)):
        return [(str(i), item) for i, item in enumerate(value)]
    items = getattr(value, 'items', None)
    return list(items()) if callable(items) else []


def _bufferFrom(value: Any) -> bytes:
    """``Buffer.from(value)`` for what ``auth`` may hold: a string (UTF-8), a Buffer, an array."""
    if isinstance(value, str):
        return encodeString(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (list, tuple)):
        return bytes(toInt32(v) & 0xFF for v in value)
    raise ERR_INVALID_ARG_TYPE('first argument',
                               ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                               value)


def _number(value: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: +-Infinity
        return value


def _setSocketTimeout(sock: Any, msecs: float) -> None:
    if sock.connecting:
        sock.once('connect', lambda *a: sock.setTimeout(msecs))
    else:
        sock.setTimeout(msecs)


def _whenSocketFinished(socket: Any, callback: Callable[[Any], None]) -> None:
    """``stream.finished(socket, cb)`` on a socket just destroyed: a destroyed socket
    counts as closed, so ``cb`` runs on the next tick, with the error the socket was
    destroyed with (its 'error' is queued ahead of that tick) and the socket's
    'error' handled by the listener ``finished`` adds."""
    seen: list[Any] = []
    socket.on('error', seen.append)
    nextTick(lambda: callback(seen[0] if seen else None))


class _EmitRequestTimeout(SocketListener):
    """``emitRequestTimeout``: the socket timed out; tell its request."""

    __slots__ = ()

    def __call__(self, *_: Any) -> None:
        req = self.socket._httpMessage
        if req is not None:
            req.emit('timeout')


class _ResponseOnTimeout(SocketListener):
    """``responseOnTimeout``: the socket timed out while a response is read."""

    __slots__ = ()

    def __call__(self, *_: Any) -> None:
        req = self.socket._httpMessage
        if req is not None and req.res is not None:
            req.res.emit('timeout')


class _SocketErrorListener(SocketListener):
    """``socketErrorListener``."""

    __slots__ = ()

    def __call__(self, err: BaseException) -> None:
        socket = self.socket
        req = socket._httpMessage
        if req is not None:
            socket._hadError = True
            _emitErrorEvent(req, err)
        parser = getattr(socket, 'parser', None)
        if parser is not None:
            parser.finish()  # an error still completes a read-until-close body
            parser.free()
            socket.removeListener('data', parser.onData)
            socket.removeListener('end', parser.onEnd)
        socket.destroy()


class _ClientParser:
    """Node's per-request parser glue: socket events in, response events out."""

    __slots__ = ('wire', 'socket', 'outgoing', 'incoming', 'freed', 'maxHeaderPairs')

    def __init__(self, wire: ResponseParser, socket: Any, outgoing: ClientRequest) -> None:
        self.wire = wire
        self.socket = socket
        self.outgoing = outgoing
        self.incoming: IncomingMessage | None = None
        self.freed = False
        self.maxHeaderPairs: int | None = MAX_HEADER_PAIRS

    def free(self) -> None:
        """``freeParser``: detach from the socket and request."""
        if self.freed:
            return
        self.freed = True
        socket = self.socket
        if socket.parser is self:
            socket.parser = None
        req = self.outgoing
        if req.parser is self:
            req.parser = None

    # -- socket listeners -------------------------------------------------------------

    def onData(self, data: bytes) -> None:
        """``socketOnData``: parse the whole chunk, then free the parser if the
        response is complete. Bytes after a complete response are parsed too, as
        llhttp does: a second response destroys the socket, garbage is an error."""
        socket = self.socket
        try:
            events = self.wire.feed(data)
        except HTTPParserError as err:
            # What parsed before the error is delivered first, as llhttp does.
            if self.dispatch(getattr(err, 'events', ())):
                return
            self.free()
            socket.removeListener('data', self.onData)
            socket.removeListener('end', self.onEnd)
            socket.destroy()
            socket._hadError = True
            _emitErrorEvent(self.outgoing, err)
            return
        if self.dispatch(events):
            return
        res = self.incoming
        if res is not None and res.complete and not 100 <= (res.statusCode or 0) < 200:
            socket.removeListener('data', self.onData)
            socket.removeListener('end', self.onEnd)
            socket.removeListener('drain', self.onDrain)
            self.free()

    def dispatch(self, events: Any) -> bool:
        """Deliver parse events; ``True`` if an upgrade took the socket over."""
        for event in events:
            kind = event.__class__
            if kind is Body:
                self.onBody(event.data)
            elif kind is ResponseHead:
                self.onHeadersComplete(event)
            elif kind is MessageEnd:
                self.onMessageComplete(event.raw_trailers)
            elif kind is Upgrade:
                self.onUpgrade(event.rest)
                return True
        return False

    def onEnd(self, *_: Any) -> None:
        """``socketOnEnd``: the server closed its side."""
        socket = self.socket
        req = self.outgoing
        if req.res is None and not getattr(socket, '_hadError', False):
            socket._hadError = True
            _emitErrorEvent(req, connResetException('socket hang up'))
        if not self.freed:
            self.finish()
            self.free()
        socket.destroy()

    def onClose(self, *_: Any) -> None:
        """``socketCloseListener``."""
        socket = self.socket
        req = socket._httpMessage if socket._httpMessage is not None else self.outgoing
        res = req.res
        req.destroyed = True
        if res is not None:
            if not res.complete:
                res.destroy(connResetException('aborted'))
            req._closed = True
            req.emit('close')
            if not res.aborted and res.readable:
                res.push(None)
        else:
            if not getattr(socket, '_hadError', False):
                socket._hadError = True
                _emitErrorEvent(req, connResetException('socket hang up'))
            req._closed = True
            req.emit('close')
        req.outputData = []
        if not self.freed:
            self.finish()
            self.free()

    def onDrain(self, *_: Any) -> None:
        msg = self.socket._httpMessage
        if msg is not None and not msg.finished and msg._needDrain:
            msg._needDrain = False
            msg.emit('drain')

    def finish(self) -> None:
        """``parser.finish()``: end of input, which ends a read-until-close body."""
        try:
            self.dispatch(self.wire.feed_eof())
        except HTTPParserError:
            return

    # -- parser callbacks ------------------------------------------------------------

    def onHeadersComplete(self, head: ResponseHead) -> None:
        res = _http_common.parserOnHeadersComplete(
            self, head, IncomingMessage, bool(self.outgoing.joinDuplicateHeaders))
        self.incoming = res
        self.onIncoming(res, head.keep_alive)

    def onIncoming(self, res: IncomingMessage, shouldKeepAlive: bool) -> None:
        """``parserOnIncomingClient``."""
        socket = self.socket
        req = self.outgoing
        if req.res is not None:
            socket.destroy()  # the server sent a second response
            return
        req.res = res
        if res.upgrade:
            return
        if req.method == 'CONNECT':
            res.upgrade = True
            return
        status = res.statusCode or 0
        if 100 <= status < 200 and status != 101:
            req.res = None
            if status == 100:
                req.emit('continue')
            req.emit('information', {
                'statusCode': status, 'statusMessage': res.statusMessage,
                'httpVersion': res.httpVersion, 'httpVersionMajor': res.httpVersionMajor,
                'httpVersionMinor': res.httpVersionMinor, 'headers': res.headers,
                'rawHeaders': res.rawHeaders})
            self.incoming = None
            return
        if req.shouldKeepAlive and not shouldKeepAlive and not req.upgradeOrConnect:
            req.shouldKeepAlive = False
        if _dc.httpClientResponseFinish.hasSubscribers:
            _dc.httpClientResponseFinish.publish({'request': req, 'response': res})
        res.req = req
        res.on('end', _responseOnEnd(res))
        req.on('finish', _requestOnFinish(req))
        socket.on('timeout', _ResponseOnTimeout(socket))
        if req.aborted or not req.emit('response', res):
            res._dump()
        if status == 304:
            res.complete = True

    def onBody(self, data: bytes) -> None:
        res = self.incoming
        if res is None or res._dumped:
            return
        if not res.push(data):
            readStop(self.socket)

    def onMessageComplete(self, trailers: list[str]) -> None:
        res = self.incoming
        if res is not None:
            res.complete = True
            if trailers:
                res.rawTrailers = trailers
                res._trailers = None  # built lazily; it may have been read before
            res.push(None)
        # Force to read the next incoming message
        readStart(self.socket)

    def onUpgrade(self, head: bytes) -> None:
        socket = self.socket
        req = self.outgoing
        res = self.incoming
        req.res = res
        socket.removeListener('data', self.onData)
        socket.removeListener('end', self.onEnd)
        socket.removeListener('drain', self.onDrain)
        self.free()
        event = 'connect' if req.method == 'CONNECT' else 'upgrade'
        if req.listenerCount(event) > 0:
            req.upgradeOrConnect = True
            socket.emit('agentRemove')
            socket.removeListener('close', self.onClose)
            socket.removeListener('error', _SocketErrorListener(socket))
            socket._httpMessage = None
            socket.readableFlowing = None  # keep what arrives until the user reads
            req.emit(event, res, socket, head)
            req.destroyed = True
            req._closed = True
            req.emit('close')
        else:
            socket.destroy()


def _responseOnEnd(res: IncomingMessage) -> Callable[..., None]:
    def responseOnEnd(*_: Any) -> None:
        req = res.req
        socket = req.socket
        if socket is not None:
            if req.timeoutCb is not None:
                socket.removeListener('timeout', _EmitRequestTimeout(socket))
            socket.removeListener('timeout', _ResponseOnTimeout(socket))
        req._ended = True
        if not req.shouldKeepAlive:
            if socket.writable:
                destroySoon = getattr(socket, 'destroySoon', None)
                if callable(destroySoon):
                    destroySoon()
                else:  # a user's Duplex from createConnection
                    socket.end()
        elif req.writableFinished and not res.aborted:
            _responseKeepAlive(req)
    return responseOnEnd


def _requestOnFinish(req: ClientRequest) -> Callable[..., None]:
    def requestOnFinish(*_: Any) -> None:
        if req.shouldKeepAlive and req._ended:
            _responseKeepAlive(req)
    return requestOnFinish


def _responseKeepAlive(req: ClientRequest) -> None:
    """The response ended on a keep-alive socket: detach and hand the socket back."""
    socket = req.socket
    if req.timeoutCb is not None:
        socket.setTimeout(0)
        socket.removeListener('timeout', _EmitRequestTimeout(socket))
        req.timeoutCb = None
    glue = req._glue
    socket.removeListener('close', glue.onClose)
    socket.removeListener('error', _SocketErrorListener(socket))
    socket.removeListener('data', glue.onData)
    socket.removeListener('end', glue.onEnd)
    nextTick(_emitFreeNT, req)
    req.destroyed = True
    if req.res is not None:
        req.res.socket = None


def _emitFreeNT(req: ClientRequest) -> None:
    req._closed = True
    req.emit('close')
    if req.socket is not None:
        req.socket.emit('free')
