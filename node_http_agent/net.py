"""``node:net``: ``Socket`` (a ``stream.Duplex`` over an asyncio transport), ``Server``,
``createConnection``.

Events and their order follow Node: ``'lookup'``, ``'connect'``, ``'ready'``,
``'data'``, ``'end'``, ``'finish'``, ``'timeout'``, ``'drain'``, ``'error'``,
then ``'close'(hadError)`` last, always asynchronously after ``destroy()``.

An active, ref'd socket or a listening, ref'd server keeps ``process.run``
alive; ``unref()`` lets the process end around it (the agent's idle pool).
The ``'timeout'`` timer itself never keeps the process alive, as in Node.
"""

from __future__ import annotations

import asyncio
import errno as _errno
import os
import socket as _socket
from collections.abc import Callable
from typing import Any

from . import diagnostics_channel as _dc
from . import errors
from ._streams.duplex import Duplex
from .errors import (
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
)
from .events import EventEmitter
from .process import lifetime, nextTick
from .util import UNDEFINED, encodeString
from .validators import getTimerDuration, validateAbortSignal, validatePort

__all__ = ['Socket', 'Server', 'createConnection', 'connect', 'createServer', 'isIP', 'isIPv4',
           'isIPv6', 'Stream']

_BIND_ERRORS = (_errno.EADDRINUSE, _errno.EADDRNOTAVAIL, _errno.EACCES)


def isIP(value: Any) -> int:
    """4 or 6 for an IP address literal, else 0."""
    if not isinstance(value, str) or not value:
        return 0
    try:
        _socket.inet_pton(_socket.AF_INET, value)
        return 4
    except OSError:
        pass
    if ':' not in value:
        return 0
    try:
        _socket.inet_pton(_socket.AF_INET6, value.split('%', 1)[0])
        return 6
    except OSError:
        return 0


def isIPv4(value: Any) -> bool:
    return isIP(value) == 4


def isIPv6(value: Any) -> bool:
    return isIP(value) == 6


def _family_name(family: int) -> str:
    return 'IPv6' if family == _socket.AF_INET6 else 'IPv4'


class _SocketProtocol(asyncio.Protocol):
    """Feeds transport callbacks straight into the owning :class:`Socket`.

    After each callback the nextTick queue is drained, as Node does after every
    callback from libuv; ticks queued here would otherwise wait for the next
    turn of the loop.
    """

    __slots__ = ('owner', 'life')

    def __init__(self, owner: Socket) -> None:
        self.owner = owner
        self.life = owner._life

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.life.runCallback(self.owner._onConnected, transport)

    def data_received(self, data: bytes) -> None:
        # Lifetime.runCallback inlined: this runs for every read.
        life = self.life
        life.inCallback += 1
        failed = True
        try:
            self.owner._onData(data)
            failed = False
        except Exception as err:  # the process's uncaught exception; the socket lives on
            life.uncaught(err)
        finally:
            life.leaveCallback(failed)

    def eof_received(self) -> bool:
        self.life.runCallback(self.owner._onEof)
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self.life.runCallback(self.owner._onConnectionLost, exc)

    def pause_writing(self) -> None:
        self.owner._writePaused = True

    def resume_writing(self) -> None:
        owner = self.owner
        owner._inResumeWriting = True
        try:
            self.life.runCallback(owner._onResumeWriting)
        finally:
            owner._inResumeWriting = False


def _normalize_connect_args(args: tuple[Any, ...]) -> tuple[dict[str, Any], Callable[..., Any] | None]:
    """Node's ``normalizeArgs``: ``(options[, cb])``, ``(port[, host][, cb])``, ``(path[, cb])``."""
    if not args:
        return {}, None
    cb = args[-1] if callable(args[-1]) and not isinstance(args[-1], dict) else None
    rest = args[:-1] if cb is not None else args
    first = rest[0] if rest else {}
    if isinstance(first, dict):
        return dict(first), cb
    if isinstance(first, str) and not first.isdigit() and isIP(first) == 0 and '/' in first:
        return {'path': first}, cb
    options: dict[str, Any] = {'port': first}
    if len(rest) > 1 and isinstance(rest[1], str):
        options['host'] = rest[1]
    return options, cb


class Socket(Duplex):
    """Node's ``net.Socket`` (https://nodejs.org/docs/latest-v20.x/api/net.html#class-netsocket).

    A ``stream.Duplex`` over an asyncio transport (the port's stand-in for
    libuv's TCP handle): the transport's data is ``push()``ed, and a ``push``
    that returns ``False`` stops reading from the kernel until ``_read`` asks
    again (Node's ``onStreamRead``/``tryReadStart``); ``_write``/``_writev``
    hand bytes to the transport and complete at once when the kernel took
    them all, else when the transport has drained (libuv's async write).
    """

    # Class-level defaults; an instance stores a field once it changes.
    connecting = False
    _hadError = False
    _host: str | None = None
    _peer: tuple[Any, ...] | None = None
    _sock: tuple[Any, ...] | None = None
    _transport: asyncio.Transport | None = None
    _connectTask: asyncio.Task[Any] | None = None
    _httpMessage: Any = None
    _server: Any = None
    server: Any = None
    _paused = False            # Node's http server flag (pipelined requests), not pause()
    _pendingData: Any = None
    _pendingEncoding = ''
    _reading = True            # the transport reads (asyncio starts reading at connect)
    _writePaused = False       # the transport holds unsent bytes
    _inResumeWriting = False
    _closeEmitted = False
    _counted = False
    _refed = True
    _timer: asyncio.TimerHandle | None = None
    _timerDue = 0.0
    timeout: float | None = None
    bytesRead = 0
    _bytesWritten = 0

    def __init__(self, options: dict[str, Any] | None = None, **kwargs: Any) -> None:
        opts = {k: v for k, v in {**(options or {}), **kwargs}.items() if v is not None}
        if opts.get('objectMode'):
            raise ERR_INVALID_ARG_VALUE('options.objectMode', opts['objectMode'],
                                        'is not supported')
        for key in ('readableObjectMode', 'writableObjectMode'):
            if opts.get(key):
                raise ERR_INVALID_ARG_VALUE(f'options.{key}', opts[key], 'is not supported')
        opts['allowHalfOpen'] = bool(opts.get('allowHalfOpen'))
        opts['emitClose'] = False       # 'close' comes from the handle's close, as Node
        opts['autoDestroy'] = True
        opts['decodeStrings'] = False   # strings are encoded in _writeGeneric
        signal = opts.pop('signal', None)
        Duplex.__init__(self, opts)
        self._life = lifetime()
        self._writeCallbacks: list[Callable[..., Any]] = []
        self._keepAliveSetting: tuple[bool, int | None] = (False, None)
        self._noDelay: bool | None = None
        # Shut down the socket when we're finished with it.
        self.on('end', self._onReadableStreamEnd)
        if opts.get('timeout'):
            self.setTimeout(opts['timeout'])
        if signal is not None:
            self._addAbortSignal(signal)

    def _addAbortSignal(self, signal: Any) -> None:
        """``addClientAbortSignalOption``: aborting the signal destroys the socket."""
        from .events import addAbortListener
        validateAbortSignal(signal, 'options.signal')

        def onAbort(*_: Any) -> None:
            self.destroy(errors.AbortError(options={'cause': signal.reason}))
        if signal.aborted:
            nextTick(onAbort)
        else:
            disposable = addAbortListener(signal, onAbort)
            self.once('close', lambda *a: disposable.dispose())

    @property
    def pending(self) -> bool:
        return self._transport is None or self.connecting

    # -- lifetime accounting ---------------------------------------------------

    def _hold(self) -> None:
        if not self._counted and self._refed and not self.destroyed:
            self._counted = True
            self._life.ref()
        self._life.track(self)

    def _release(self) -> None:
        if self._counted:
            self._counted = False
            self._life.unref()

    def ref(self) -> Socket:
        self._refed = True
        if self.connecting or self._transport is not None:
            self._hold()
        return self

    def unref(self) -> Socket:
        self._refed = False
        self._release()
        return self

    def _closeAtExit(self) -> None:
        """The process is ending: close the connection, no events (Node just exits)."""
        self._clearTimer()
        self._release()
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.abort()
        task = self._connectTask
        if task is not None and not task.done():
            task.cancel()

    # -- connecting --------------------------------------------------------------

    def connect(self, *args: Any) -> Socket:
        """``connect(options[, cb])``, ``connect(port[, host][, cb])``, ``connect(path[, cb])``."""
        options, cb = _normalize_connect_args(args)
        if self.destroyed:
            self._undestroy()
            self._closeEmitted = False
        path = options.get('path')
        if cb is not None:
            self.once('connect', cb)
        if options.get('timeout'):
            self.setTimeout(options['timeout'])
        self.connecting = True
        self._hold()
        loop = self._life.loop
        if path:
            self._connectTask = loop.create_task(self._connectUnix(path))
            return self
        port = options.get('port')
        if port is None or port is UNDEFINED:
            raise ERR_MISSING_ARGS(['options', 'port', 'path'])
        port = validatePort(port, 'Port')
        host = options.get('host') or 'localhost'
        self._host = host
        family = options.get('family') or 0
        local = options.get('localAddress')
        local_port = options.get('localPort')
        self._connectTask = loop.create_task(self._connectTcp(
            host, port, family, local, local_port, options))
        return self

    async def _connectTcp(self, host: str, port: int, family: int, local: str | None,
                          local_port: int | None, options: dict[str, Any]) -> None:
        loop = self._life.loop
        address = host
        fam = _socket.AF_INET6 if family == 6 else _socket.AF_INET if family == 4 else 0
        if isIP(host) == 0:
            lookup = options.get('lookup')
            try:
                infos = await loop.getaddrinfo(host, port, family=fam, type=_socket.SOCK_STREAM)
            except _socket.gaierror as exc:
                code = 'ENOTFOUND' if exc.errno in (_socket.EAI_NONAME, -5) else 'EAI_AGAIN'
                err = errors.dnsException(code, 'getaddrinfo', host)
                if not self.destroyed:
                    self.emit('lookup', err, None, None, host)
                    self.destroy(err)
                return
            del lookup
            fam = infos[0][0]
            address = str(infos[0][4][0])
            if self.destroyed:
                return
            self.emit('lookup', None, address, 6 if fam == _socket.AF_INET6 else 4, host)
        local_addr = (local or ('::' if isIP(address) == 6 else '0.0.0.0'), local_port or 0) \
            if (local or local_port) else None
        try:
            await loop.create_connection(lambda: _SocketProtocol(self), address, port,
                                         local_addr=local_addr, family=fam)
        except OSError as exc:
            if self.destroyed:
                return
            if local_addr is not None and exc.errno in _BIND_ERRORS:
                err = errors.exceptionWithHostPort(exc.errno, 'bind', local_addr[0],
                                                   local_addr[1])
            else:
                err = errors.fromOSError(exc, 'connect', address, port)
            self.destroy(err)
        except asyncio.CancelledError:
            raise

    async def _connectUnix(self, path: str) -> None:
        loop = self._life.loop
        try:
            await loop.create_unix_connection(lambda: _SocketProtocol(self), path)
        except OSError as exc:
            if not self.destroyed:
                err = errors.fromOSError(exc, 'connect')
                err.message = f'connect {err.code} {path}'
                err.address = path
                self.destroy(err)

    def _onConnected(self, transport: asyncio.Transport) -> None:
        """Node's ``afterConnect`` (and, on a server, ``onconnection``)."""
        if self.destroyed:
            transport.abort()
            return
        self._transport = transport
        self.connecting = False
        self._peer = transport.get_extra_info('peername')
        self._sock = transport.get_extra_info('sockname')
        setLimits = getattr(transport, 'set_write_buffer_limits', None)
        if setLimits is not None:
            # pause_writing() as soon as a byte stays unsent, resume_writing() once
            # all is sent: a write completes when libuv's would (sync or async).
            setLimits(high=0)
        state = self._readableState
        if state.flowing is False or state.length >= state.highWaterMark:
            self._reading = False
            transport.pause_reading()
        if self._server is None:
            self._touch()
            self.emit('connect')
            self.emit('ready')
        else:
            self._hold()
            self._server._onAccept(self)

    # -- reading -------------------------------------------------------------------

    def _read(self, n: int) -> None:
        if self.connecting or self._transport is None:
            self.once('connect', lambda *a: self._read(n))
        elif not self._reading:
            self._reading = True
            try:
                self._transport.resume_reading()
            except (RuntimeError, AttributeError):
                pass

    def _onData(self, data: bytes) -> None:
        """``onStreamRead``: the transport read ``data``."""
        self.bytesRead += len(data)
        if self._timer is not None:
            self._touch()
        if not self.push(data) and self._reading:
            self._reading = False
            transport = self._transport
            if transport is not None:
                transport.pause_reading()

    def _onEof(self) -> None:
        """``onStreamRead`` with ``UV_EOF``: push the end of data."""
        if self._readableState.length and not self._readableState.flowing:
            # libuv stops reading at EOF: the handle no longer keeps the process alive.
            self._release()
        self.push(None)
        self.read(0)

    def _onConnectionLost(self, exc: Exception | None) -> None:
        self._transport = None
        if self.destroyed:
            return
        if exc is not None:
            self.destroy(errors.fromOSError(exc, 'read') if isinstance(exc, OSError)
                         else exc)
            return
        if self._readableState.endEmitted:
            self.destroy()
        else:
            self.once('end', lambda *a: self.destroy())
            self.push(None)
            self.read(0)

    def _onReadableStreamEnd(self, *_: Any) -> None:
        """``onReadableStreamEnd``: without allowHalfOpen, writing after the FIN fails."""
        if not self.allowHalfOpen:
            self.write = self._writeAfterFIN  # type: ignore[method-assign]

    def _writeAfterFIN(self, chunk: Any, encoding: Any = None,
                       cb: Callable[..., Any] | None = None) -> bool:
        if not self.writableEnded:
            return Duplex.write(self, chunk, encoding, cb)
        if callable(encoding):
            cb = encoding
        err = errors.genericNodeError('This socket has been ended by the other party',
                                      {'code': 'EPIPE'})
        if cb is not None:
            nextTick(cb, err)
        self.destroy(err)
        return False

    # -- writing -------------------------------------------------------------------

    def _writeGeneric(self, writev: bool, data: Any, encoding: Any,
                      cb: Callable[..., Any]) -> Any:
        if self.connecting:
            self._pendingData = data
            self._pendingEncoding = encoding

            def onClose(*_: Any) -> None:
                cb(ERR_SOCKET_CLOSED_BEFORE_CONNECTION())

            def onConnect(*_: Any) -> None:
                self.off('close', onClose)
                self._writeGeneric(writev, data, encoding, cb)
            self.once('connect', onConnect)
            self.once('close', onClose)
            return None
        self._pendingData = None
        self._pendingEncoding = ''
        transport = self._transport
        if transport is None:
            cb(ERR_SOCKET_CLOSED())
            return False
        if self._timer is not None:
            self._touch()
        if writev:
            data = b''.join([c['chunk'] if isinstance(c['chunk'], bytes)
                             else encodeString(c['chunk'], c['encoding']) for c in data])
        elif isinstance(data, str):
            data = encodeString(data, encoding)
        transport.write(data)
        self._bytesWritten += len(data)
        if self._writePaused:
            self._writeCallbacks.append(cb)   # libuv's async write: done once sent
        else:
            cb()
        return None

    def _writev(self, chunks: list[dict[str, Any]], cb: Callable[..., Any]) -> None:
        self._writeGeneric(True, chunks, '', cb)

    def _write(self, data: Any, encoding: Any, cb: Callable[..., Any]) -> None:
        self._writeGeneric(False, data, encoding, cb)

    def _onResumeWriting(self) -> None:
        """The transport sent everything: complete the writes that waited (libuv's afterWrite)."""
        self._writePaused = False
        callbacks, self._writeCallbacks = self._writeCallbacks, []
        for cb in callbacks:
            cb()

    def _final(self, cb: Callable[..., Any]) -> None:
        if self.pending and self.connecting:
            self.once('connect', lambda *a: self._final(cb))
            return
        transport = self._transport
        if transport is None:
            cb()
            return
        if transport.can_write_eof():
            try:
                transport.write_eof()
            except (OSError, RuntimeError):
                pass
        nextTick(cb)   # libuv's ShutdownWrap completes asynchronously

    def destroySoon(self) -> None:
        """End the writable side, then destroy once it has finished (Node's ``destroySoon``)."""
        if self.writable:
            self.end()
        if self.writableFinished:
            self.destroy()
        else:
            self.once('finish', lambda *a: self.destroy())

    def _destroy(self, exception: BaseException | None, cb: Callable[..., Any]) -> None:
        self.connecting = False
        self._clearTimer()
        transport, self._transport = self._transport, None
        task = self._connectTask
        if task is not None and not task.done():
            task.cancel()
        self._release()
        isException = exception is not None
        if isException:
            self._hadError = True
        if transport is not None:
            reset = self.__dict__.pop('_resetAndClosing', False)
            close = transport.abort if (isException or reset) else transport.close
            if self._inResumeWriting:
                # Closed from a 'drain' listener: asyncio's selector transport,
                # closed inside its own resume_writing() call, would run
                # connection_lost twice (and crash); close once it returns.
                self._life.loop.call_soon(close)
            else:
                close()
        cb(exception)
        # 'close' comes in libuv's close phase: after ticks and immediates.
        self._life.afterHops(3, self._emitClose)

    def _emitClose(self) -> None:
        if not self._closeEmitted:
            self._closeEmitted = True
            self.emit('close', self._hadError)

    def resetAndDestroy(self) -> Socket:
        transport = self._transport
        if transport is not None or self.connecting:
            def reset(*_: Any) -> None:
                sock = self._rawSocket()
                if sock is not None:
                    try:
                        sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER,
                                        b'\x01\x00\x00\x00\x00\x00\x00\x00')
                    except OSError:
                        pass
                self._resetAndClosing = True
                self.destroy()
            if self.connecting:
                self.once('connect', reset)
            else:
                reset()
            return self
        return self.destroy(ERR_SOCKET_CLOSED())  # type: ignore[no-any-return]

    # -- timeout -----------------------------------------------------------------

    def setTimeout(self, timeout: Any, callback: Callable[..., Any] | None = None) -> Socket:
        """Emit ``'timeout'`` after ``timeout`` ms of inactivity; ``0`` disables it."""
        if self.destroyed:
            return self
        self.timeout = timeout
        timeout = getTimerDuration(timeout, 'msecs')
        if callback is not None:
            if timeout == 0:
                self.removeListener('timeout', callback)
            else:
                self.once('timeout', callback)
        self._clearTimer()
        if timeout and timeout != float('inf'):
            self._timerDue = timeout / 1000
            self._touch()
        return self

    def _touch(self) -> None:
        timeout = self.timeout
        if not timeout or self.destroyed or timeout == float('inf'):
            return
        loop = self._life.loop
        due = loop.time() + timeout / 1000
        timer = self._timer
        if timer is not None:
            # Re-arming on every read/write would churn the timer heap: keep the
            # old handle if it fires early enough to re-check, as libuv does.
            if timer.when() <= due and not timer.cancelled():
                self._timerDue = due
                return
            timer.cancel()
            self._life.unrefTimers.discard(timer)
        self._timerDue = due
        timer = self._timer = loop.call_at(due, self._onTimer)
        self._life.unrefTimer(timer)

    def _onTimer(self) -> None:
        timer = self._timer
        if timer is not None:
            self._life.unrefTimers.discard(timer)
        self._timer = None
        if self.destroyed or not self.timeout:
            return
        loop = self._life.loop
        if self._timerDue > loop.time() + 0.001:
            timer = self._timer = loop.call_at(self._timerDue, self._onTimer)
            self._life.unrefTimer(timer)
            return
        self.emit('timeout')

    def _clearTimer(self) -> None:
        timer = self._timer
        if timer is not None:
            timer.cancel()
            self._life.unrefTimers.discard(timer)
            self._timer = None

    # -- options and addresses -----------------------------------------------------

    def setNoDelay(self, noDelay: bool = True) -> Socket:
        if self._noDelay is bool(noDelay):
            return self
        self._noDelay = bool(noDelay)
        sock = self._rawSocket()
        if sock is not None and sock.family in (_socket.AF_INET, _socket.AF_INET6):
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1 if noDelay else 0)
        return self

    def setKeepAlive(self, enable: bool = False, initialDelay: float = 0) -> Socket:
        enable = bool(enable)
        delay = int(initialDelay // 1000) if initialDelay else 0
        # Like Node: only touch the socket when the setting changes.
        if self._keepAliveSetting == (enable, delay if enable else None):
            return self
        self._keepAliveSetting = (enable, delay if enable else None)
        sock = self._rawSocket()
        if sock is not None and sock.family in (_socket.AF_INET, _socket.AF_INET6):
            sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_KEEPALIVE, 1 if enable else 0)
            if enable and initialDelay and hasattr(_socket, 'TCP_KEEPIDLE'):
                sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_KEEPIDLE,
                                max(1, int(initialDelay // 1000)))
        return self

    def _rawSocket(self) -> _socket.socket | None:
        if self._transport is None:
            return None
        return self._transport.get_extra_info('socket')  # type: ignore[no-any-return]

    def address(self) -> dict[str, Any]:
        sock = self._sock
        if not sock or not isinstance(sock, tuple):
            return {}
        return {'address': sock[0], 'family': 'IPv6' if ':' in sock[0] else 'IPv4',
                'port': sock[1]}

    @property
    def remoteAddress(self) -> str | None:
        return self._peer[0] if isinstance(self._peer, tuple) else None

    @property
    def remotePort(self) -> int | None:
        return self._peer[1] if isinstance(self._peer, tuple) else None

    @property
    def remoteFamily(self) -> str | None:
        peer = self.remoteAddress
        return None if peer is None else ('IPv6' if ':' in peer else 'IPv4')

    @property
    def localAddress(self) -> str | None:
        return self._sock[0] if isinstance(self._sock, tuple) else None

    @property
    def localPort(self) -> int | None:
        return self._sock[1] if isinstance(self._sock, tuple) else None

    @property
    def bytesWritten(self) -> int:
        written = self._bytesWritten
        for entry in self._writableState.buffered[self._writableState.bufferedIndex:]:
            chunk = entry['chunk']
            written += len(chunk) if isinstance(chunk, bytes) else \
                len(encodeString(chunk, entry['encoding']))
        data = self._pendingData
        if isinstance(data, list):
            for entry in data:
                chunk = entry['chunk']
                written += len(chunk) if isinstance(chunk, bytes) else \
                    len(encodeString(chunk, entry['encoding']))
        elif data:
            written += len(data) if isinstance(data, bytes) else \
                len(encodeString(data, self._pendingEncoding))
        return written

    @property
    def bufferSize(self) -> int | None:
        if self._transport is not None:
            return self.writableLength
        return None

    @property
    def readyState(self) -> str:
        if self.connecting:
            return 'opening'
        if self.readable and self.writable:
            return 'open'
        if self.readable:
            return 'readOnly'
        if self.writable:
            return 'writeOnly'
        return 'closed'

    def __repr__(self) -> str:
        return f'<Socket {self.readyState} {self._peer!r}>'


Stream = Socket


def createConnection(*args: Any) -> Socket:
    """``net.createConnection(options[, connectListener])`` and its other forms."""
    options, cb = _normalize_connect_args(args)
    sock = Socket(options)
    if _dc.netClientSocket.hasSubscribers:
        _dc.netClientSocket.publish({'socket': sock})
    if options.get('timeout'):
        sock.setTimeout(options['timeout'])
    return sock.connect(options, cb) if cb is not None else sock.connect(options)


connect = createConnection


class Server(EventEmitter):
    """Node's ``net.Server``: ``listen``, ``address``, ``close``, ``'connection'``."""

    def __init__(self, options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> None:
        EventEmitter.__init__(self)
        if callable(options):
            connectionListener, options = options, None
        opts = {**(options or {}), **kwargs}
        self.allowHalfOpen = bool(opts.get('allowHalfOpen'))
        self.pauseOnConnect = bool(opts.get('pauseOnConnect'))
        self.maxConnections: int | None = None
        self.listening = False
        self._connections: set[Socket] = set()
        self._sockets: list[_socket.socket] = []
        self._servers: list[asyncio.AbstractServer] = []
        self._refed = True
        self._counted = False
        self._life: Any = None
        self._pipe: str | None = None
        self._closing = False
        if connectionListener is not None:
            self.on('connection', connectionListener)

    def listen(self, *args: Any) -> Server:
        """``listen(port[, host][, backlog][, cb])``, ``listen(options[, cb])``, ``listen(path[, cb])``."""
        cb = args[-1] if args and callable(args[-1]) else None
        rest = args[:-1] if cb is not None else args
        if cb is not None:
            self.once('listening', cb)
        if self.listening:
            raise ERR_SERVER_ALREADY_LISTEN()
        options: dict[str, Any] = {}
        if rest and isinstance(rest[0], dict):
            options = dict(rest[0])
        elif rest and isinstance(rest[0], str) and not rest[0].isdigit():
            options = {'path': rest[0]}
        else:
            if rest:
                options['port'] = rest[0]
            if len(rest) > 1 and isinstance(rest[1], str):
                options['host'] = rest[1]
            if len(rest) > 1 and not isinstance(rest[1], str) and rest[1] is not None:
                options['backlog'] = rest[1]
            elif len(rest) > 2 and isinstance(rest[2], int):
                options['backlog'] = rest[2]
        if _dc.netServerListen.hasSubscribers:
            _dc.netServerListen.asyncStart.publish({'server': self, 'options': options})
        self._life = lifetime()
        backlog = options.get('backlog') or 511
        try:
            if options.get('path'):
                sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
                sock.bind(options['path'])
                self._pipe = options['path']
            else:
                port = validatePort(options.get('port') or 0, 'options.port')
                sock = self._bind(options.get('host'), port, options)
            sock.listen(backlog)
            sock.setblocking(False)
        except OSError as exc:
            host = options.get('host') or '::'
            port = options.get('port') or 0
            err = errors.fromOSError(exc, 'listen', host, port)
            where = options.get('path') or f'{host}:{port}'
            err.message = f'listen {err.code}: {_errno_text(exc)} {where}'
            if _dc.netServerListen.hasSubscribers:
                _dc.netServerListen.error.publish({'server': self, 'error': err})
            nextTick(self.emit, 'error', err)
            return self
        if _dc.netServerListen.hasSubscribers:
            _dc.netServerListen.asyncEnd.publish({'server': self})
        self._sockets = [sock]
        self.listening = True
        self._hold()
        self._life.track(self)
        loop = self._life.loop
        task = loop.create_task(self._serve(sock))
        del task
        nextTick(self.emit, 'listening')
        return self

    def _bind(self, host: str | None, port: int, options: dict[str, Any]) -> _socket.socket:
        if host is None or host == '::':
            try:
                sock = _socket.socket(_socket.AF_INET6, _socket.SOCK_STREAM)
                sock.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY,
                                1 if options.get('ipv6Only') else 0)
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
                sock.bind(('::', port))
                return sock
            except OSError:
                if host == '::':
                    raise
                host = '0.0.0.0'
        if isIP(host) == 0:
            infos = _socket.getaddrinfo(host, port, type=_socket.SOCK_STREAM)
            family, _, _, _, addr = infos[0]
        else:
            family = _socket.AF_INET6 if isIP(host) == 6 else _socket.AF_INET
            addr = (host, port)
        sock = _socket.socket(family, _socket.SOCK_STREAM)
        sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
        sock.bind(addr)
        return sock

    async def _serve(self, sock: _socket.socket) -> None:
        # Owns the listening socket until asyncio's server exists (then it does).
        if not self.listening:
            sock.close()
            return
        loop = self._life.loop
        if sock.family == getattr(_socket, 'AF_UNIX', None):
            server = await loop.create_unix_server(self._protocolFactory, sock=sock)
        else:
            server = await loop.create_server(self._protocolFactory, sock=sock)
        if not self.listening:
            server.close()
            return
        self._servers.append(server)

    def _protocolFactory(self) -> asyncio.Protocol:
        sock = Socket(allowHalfOpen=self.allowHalfOpen)
        sock._server = self
        return _SocketProtocol(sock)

    def _onAccept(self, sock: Socket) -> None:
        """A connection was accepted: called from the new socket's ``connection_made``."""
        if self.maxConnections is not None and len(self._connections) >= self.maxConnections:
            sock.destroy()
            return
        self._connections.add(sock)
        sock.on('close', lambda *a: self._onConnectionClose(sock))
        if self.pauseOnConnect:
            sock.pause()
        self.emit('connection', sock)
        if _dc.netServerSocket.hasSubscribers:
            _dc.netServerSocket.publish({'socket': sock})

    def _onConnectionClose(self, sock: Socket) -> None:
        self._connections.discard(sock)
        if self._closing and not self._connections:
            self._emitClose()

    def address(self) -> dict[str, Any] | str | None:
        if not self._sockets:
            return None
        name = self._sockets[0].getsockname()
        if isinstance(name, str):
            return name
        return {'address': name[0], 'family': _family_name(self._sockets[0].family),
                'port': name[1]}

    def close(self, cb: Callable[..., Any] | None = None) -> Server:
        """Stop accepting; ``'close'`` is emitted once every connection has ended."""
        if cb is not None:
            if not self.listening:
                self.once('close', lambda *a: cb(ERR_SERVER_NOT_RUNNING()))
            else:
                self.once('close', lambda *a: cb())
        if self.listening:
            self.listening = False
            for server in self._servers:
                server.close()
            self._servers = []
            self._sockets = []
            self._release()
            if self._pipe is not None:  # libuv unlinks the unix socket it bound
                try:
                    os.unlink(self._pipe)
                except OSError:
                    pass
                self._pipe = None
        self._closing = True
        if not self._connections:
            nextTick(self._emitClose)
        return self

    def _emitClose(self) -> None:
        if self._closing:
            self._closing = False
            self.emit('close')

    def _closeAtExit(self) -> None:
        for server in self._servers:
            server.close()
        self._servers = []
        self.listening = False
        self._release()

    def getConnections(self, cb: Callable[..., Any]) -> Server:
        nextTick(cb, None, len(self._connections))
        return self

    def _hold(self) -> None:
        if not self._counted and self._refed and self.listening:
            self._counted = True
            self._life.ref()

    def _release(self) -> None:
        if self._counted:
            self._counted = False
            self._life.unref()

    def ref(self) -> Server:
        self._refed = True
        if self._life is not None:
            self._hold()
        return self

    def unref(self) -> Server:
        self._refed = False
        self._release()
        return self


def _errno_text(exc: OSError) -> str:
    return {_errno.EADDRINUSE: 'address already in use',
            _errno.EACCES: 'permission denied',
            _errno.EADDRNOTAVAIL: 'address not available'}.get(exc.errno or 0,
                                                               exc.strerror or 'unknown error')


def createServer(options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> Server:
    return Server(options, connectionListener, **kwargs)
