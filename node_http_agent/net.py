"""``node:net``: ``Socket`` (a ``stream.Duplex`` over an asyncio transport), ``Server``,
``createConnection``.

Events and their order follow Node: ``'lookup'``, ``'connect'``, ``'ready'``,
``'data'``, ``'end'``, ``'finish'``, ``'timeout'``, ``'drain'``, ``'error'``,
then ``'close'(hadError)`` last, always asynchronously after ``destroy()``.

An active, ref'd socket or a listening, ref'd server keeps ``process.run``
alive; ``unref()`` lets the process end around it (the agent's idle pool).
The ``'timeout'`` timer itself never keeps the process alive, as in Node.

Node's ``net.js`` is one file; here it is three: this module (``Socket``, its
read/write path, ``createConnection``), :mod:`node_http_agent._net_connect`
(``lookupAndConnect`` through ``afterConnect``, Happy Eyeballs and the
``autoSelectFamily`` defaults) and :mod:`node_http_agent._net_server`
(``Server``, ``createServer``). Every public name is re-exported from here.
"""

from __future__ import annotations

import asyncio
import socket as _socket
from collections.abc import Callable
from typing import Any, cast, overload

from . import diagnostics_channel as _dc
from . import errors
from ._net_connect import (
    addClientAbortSignalOption,
    getDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout,
    internalConnect,
    lookupAndConnect,
    setDefaultAutoSelectFamily,
    setDefaultAutoSelectFamilyAttemptTimeout,
)
from ._net_server import Server, createServer
from ._shapes import shareKeys
from ._streams.duplex import Duplex
from ._types import TcpSocketConnectOptions
from .dns import isIP
from .errors import (
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
)
from .process import lifetime, nextTick
from .util import UNDEFINED, encodeString, truthy
from .validators import (
    getTimerDuration,
    isNumber,
    jsNumber,
    validateFunction,
    validateNumber,
    validateString,
)

__all__ = ['Socket', 'Server', 'createConnection', 'connect', 'createServer', 'isIP', 'isIPv4',
           'isIPv6', 'Stream', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
           'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout']

HIGH_WATER_MARK = 16384


def isIPv4(value: Any) -> bool:
    """Node's ``net.isIPv4()``."""
    return isIP(value) == 4


def isIPv6(value: Any) -> bool:
    """Node's ``net.isIPv6()``."""
    return isIP(value) == 6


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
        owner = self.owner
        self.life.runCallback(owner._onConnected, transport)
        if not owner._reading and owner._transport is transport:
            # Paused at connect (pauseOnConnect, a paused socket): asyncio before 3.11
            # and uvloop start reading after connection_made() whatever it asked.
            self.life.callSoon(_readStopAgain, owner, transport)

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


def _byteLength(chunk: Any, encoding: Any) -> int:
    """``Buffer.byteLength(chunk, encoding)`` of a pending write."""
    return len(chunk) if isinstance(chunk, (bytes, bytearray)) else len(encodeString(chunk, encoding))


def _readStopAgain(sock: Socket, transport: Any) -> None:
    current = sock._transport
    if current is not None and current is transport and not sock._reading:
        transport = current
        try:
            transport.resume_reading()  # no-op pairs where pause_reading() already held
            transport.pause_reading()
        except (RuntimeError, AttributeError):
            pass


def _isPipeName(s: Any) -> bool:
    if not isinstance(s, str):
        return False
    number = jsNumber(s)
    return number is None or number < 0


def _normalizeArgs(args: tuple[Any, ...]) -> tuple[dict[str, Any], Callable[..., Any] | None]:
    """Node's ``normalizeArgs``: ``(options[, cb])``, ``(path[, cb])``, ``([port][, host][, cb])``."""
    if not args:
        return {}, None
    arg0 = args[0]
    options: dict[str, Any] = {}
    if isinstance(arg0, dict):
        options = arg0
    elif isinstance(arg0, (list, tuple, bytes, bytearray)):
        pass  # an object without port or path, as an array or Buffer is in JS
    elif _isPipeName(arg0):
        options['path'] = arg0
    else:
        options['port'] = arg0
        if len(args) > 1 and isinstance(args[1], str):
            options['host'] = args[1]
    cb = args[-1]
    if not callable(cb) or isinstance(cb, dict):
        cb = None
    return options, cb


_normalize_connect_args = _normalizeArgs  # the name tls.py uses


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
    _aborted = False
    _hasHandle = False
    _resetPending = False  # resetAndDestroy(): the transport closes as 'close' is emitted
    _timer: asyncio.TimerHandle | None = None
    _timerDue = 0.0
    _writeCallbacks: list[Callable[..., Any]] | tuple[()] = ()  # a list while writes wait
    timeout: float | None = None
    parser: Any = None
    bytesRead = 0
    _bytesWritten = 0
    autoSelectFamilyAttemptedAddresses: list[str] | None = None

    def __init__(self, options: dict[str, Any] | None = None, **kwargs: Any) -> None:
        opts = {k: v for k, v in {**(options or {}), **kwargs}.items() if v is not None}
        if opts.get('objectMode'):
            raise ERR_INVALID_ARG_VALUE('options.objectMode', opts['objectMode'], 'is not supported')
        if opts.get('readableObjectMode') or opts.get('writableObjectMode'):
            name = 'readableObjectMode' if opts.get('readableObjectMode') else 'writableObjectMode'
            raise ERR_INVALID_ARG_VALUE(f'options.{name}', opts[name], 'is not supported')
        keepAliveInitialDelay = opts.get('keepAliveInitialDelay')
        if keepAliveInitialDelay is not None:
            validateNumber(keepAliveInitialDelay, 'options.keepAliveInitialDelay')
            keepAliveInitialDelay = max(0, keepAliveInitialDelay)
        opts['allowHalfOpen'] = truthy(opts.get('allowHalfOpen'))
        opts['emitClose'] = False       # 'close' comes from the handle's close, as Node
        opts['autoDestroy'] = True
        opts['decodeStrings'] = False   # strings are encoded in _writeGeneric
        signal = opts.pop('signal', None)  # addClientAbortSignalOption below, not the Duplex's
        Duplex.__init__(self, opts)
        self._life = lifetime()
        # Node's kSetNoDelay / kSetKeepAlive / kSetKeepAliveInitialDelay (seconds),
        # applied to the OS socket once connected.
        self._setNoDelay = truthy(opts.get('noDelay'))
        self._setKeepAlive = truthy(opts.get('keepAlive'))
        self._setKeepAliveInitialDelay = _msecsToSeconds(keepAliveInitialDelay)
        # Shut down the socket when we're finished with it.
        self.on('end', self._onReadableStreamEnd)
        if truthy(signal):  # Duplex: `if (options.signal)`
            addClientAbortSignalOption(self, signal)

    @property
    def pending(self) -> bool:
        """Node's ``socket.pending``."""
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
        """Node's ``socket.ref()``."""
        self._refed = True
        if self.connecting or self._transport is not None:
            self._hold()
        return self

    def unref(self) -> Socket:
        """Node's ``socket.unref()``."""
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
        options, cb = _normalizeArgs(args)
        if cb is not None:
            self.once('connect', cb)
        port = options.get('port')
        path = options.get('path')
        if (port is None or port is UNDEFINED) and path is None:
            raise ERR_MISSING_ARGS(['options', 'port', 'path'])
        if getattr(self.write, '__func__', None) is not type(self).write:
            del self.write  # writeAfterFIN from an earlier connection (read without __dict__)
        if self.destroyed:
            self._undestroy()
            self._closeEmitted = False
            self._peer = None
            self._sock = None
            self._peernameRead = False
        self._hasHandle = True  # Node creates the TCP/Pipe handle here, before any lookup
        self._touch()
        if truthy(path):
            validateString(path, 'options.path')
            self.connecting = True
            self.writable = True
            internalConnect(self, str(path), None, None, None, None)  # validated: a str
            return self
        lookupAndConnect(self, options)
        return self

    def _onConnected(self, transport: asyncio.Transport) -> None:
        """Node's ``afterConnect`` (and, on a server, ``onconnection``)."""
        if self.destroyed:
            transport.abort()
            return
        self._transport = transport
        self._hasHandle = True
        self.connecting = False
        self._peer = transport.get_extra_info('peername')
        self._sock = transport.get_extra_info('sockname')
        if self._setNoDelay or self._setKeepAlive or _loopSetsNoDelay(self._life.loop):
            self._applySocketOptions()
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

    def _read(self, n: Any = None) -> None:
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
            self.write = self._writeAfterFIN  # type: ignore[method-assign,assignment]

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
            if self._writeCallbacks:
                self._writeCallbacks.append(cb)
            else:
                self._writeCallbacks = [cb]       # libuv's async write: done once sent
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
        callbacks, self._writeCallbacks = self._writeCallbacks, ()
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
        if task is not None and transport is None and not task.done():
            # Still connecting. Once connected, the task is only returning from
            # create_connection(): cancelling it would make the loop close the
            # transport itself (uvloop at once), ahead of what follows here.
            task.cancel()
        self._release()
        isException = exception is not None
        if isException:
            self._hadError = True
        if transport is not None and self._resetPending:
            # resetAndDestroy: the RST goes out as 'close' is emitted (below), so
            # the peer's ECONNRESET follows it on any loop, as in Node (whose
            # close callback runs in the same libuv turn that sent the RST).
            close = None
            try:
                transport.pause_reading()
            except (RuntimeError, AttributeError):
                pass
        elif transport is not None:
            close = transport.abort if isException else transport.close
            if self._inResumeWriting:
                # Closed from a 'drain' listener: asyncio's selector transport,
                # closed inside its own resume_writing() call, would run
                # connection_lost twice (and crash); close once it returns.
                self._life.callSoon(close)
            else:
                close()
        cb(exception)
        if self._server is not None:  # Node's _destroy: server._emitCloseIfDrained()
            self._server._onConnectionClose(self)
        if not self._hasHandle:  # never connected: Node's emitCloseNT, 'close' with no argument
            nextTick(self._emitCloseNT)
            return
        self._hasHandle = False
        # 'close' comes in libuv's close phase: after ticks and immediates.
        if transport is not None and close is None:
            self._life.afterHops(3, self._resetThenEmitClose, transport)
            return
        self._life.afterHops(3, self._emitClose)

    def _resetThenEmitClose(self, transport: Any) -> None:
        transport.abort()
        self._emitClose()

    def _emitCloseNT(self) -> None:
        if not self._closeEmitted:
            self._closeEmitted = True
            self.emit('close')

    def _emitClose(self) -> None:
        if not self._closeEmitted:
            self._closeEmitted = True
            self.emit('close', self._hadError)

    def resetAndDestroy(self) -> Socket:
        """Close with a TCP RST: the peer gets ECONNRESET, this side only ``'close'``."""
        if self._transport is not None:
            self._reset()
        elif self.connecting:
            self.once('connect', lambda *a: self._reset())
        else:
            self.destroy(ERR_SOCKET_CLOSED())
        return self

    def _reset(self) -> Socket:
        sock = self._rawSocket()
        if sock is not None:
            try:  # SO_LINGER {on, 0 s}: close() sends RST (libuv's uv_tcp_close_reset)
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER,
                                b'\x01\x00\x00\x00\x00\x00\x00\x00')
                self._resetPending = True
            except OSError:
                pass
        return cast(Socket, self.destroy())

    # -- timeout -----------------------------------------------------------------

    def setTimeout(self, timeout: Any, callback: Callable[..., Any] | None = None) -> Socket:
        """Emit ``'timeout'`` after ``timeout`` ms of inactivity; ``0`` disables it."""
        if self.destroyed:
            return self
        self.timeout = timeout
        timeout = getTimerDuration(timeout, 'msecs')
        if callback is not None:
            validateFunction(callback, 'callback')
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
        timer = self._timer = self._life.callAt(due, self._onTimer)
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
            timer = self._timer = self._life.callAt(self._timerDue, self._onTimer)
            self._life.unrefTimer(timer)
            return
        self.emit('timeout')
        if self._timer is None and timer is not None and not self.destroyed:
            # Node refreshes the fired timer on the next read/write: keep it,
            # cancelled, so activity re-arms it (_touch replaces a cancelled one).
            timer.cancel()
            self._timer = timer

    def _clearTimer(self) -> None:
        timer = self._timer
        if timer is not None:
            timer.cancel()
            self._life.unrefTimers.discard(timer)
            self._timer = None

    # -- options and addresses -----------------------------------------------------

    def setNoDelay(self, noDelay: Any = UNDEFINED) -> Socket:
        """Node's ``socket.setNoDelay()``."""
        enable = True if noDelay is UNDEFINED else bool(noDelay)
        sock = self._rawSocket()
        if sock is None:
            self._setNoDelay = enable
            return self
        if enable != self._setNoDelay:
            self._setNoDelay = enable
            if sock.family in (_socket.AF_INET, _socket.AF_INET6):
                sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1 if enable else 0)
        return self

    def setKeepAlive(self, enable: Any = False, initialDelay: Any = 0) -> Socket:
        """Node's ``socket.setKeepAlive()``."""
        enable = bool(enable)
        delay = _msecsToSeconds(initialDelay)
        sock = self._rawSocket()
        if sock is None:
            self._setKeepAlive = enable
            self._setKeepAliveInitialDelay = delay
            return self
        # Like Node: only touch the socket when the setting changes.
        if enable != self._setKeepAlive or (enable and self._setKeepAliveInitialDelay != delay):
            self._setKeepAlive = enable
            self._setKeepAliveInitialDelay = delay
            if sock.family in (_socket.AF_INET, _socket.AF_INET6):
                _tcpKeepAlive(sock, enable, delay)
        return self

    def _applySocketOptions(self) -> None:
        """``afterConnect``: the noDelay/keepAlive options given to the constructor."""
        sock = self._rawSocket()
        if sock is None or sock.family not in (_socket.AF_INET, _socket.AF_INET6):
            return
        if self._setNoDelay:
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
        elif self._server is None or not self._server.noDelay:
            # uvloop turns Nagle off on every TCP transport; Node leaves it on.
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 0)
        if self._setKeepAlive:
            _tcpKeepAlive(sock, True, self._setKeepAliveInitialDelay)

    def _rawSocket(self) -> _socket.socket | None:
        if self._transport is None:
            return None
        return self._transport.get_extra_info('socket')  # type: ignore[no-any-return]

    def address(self) -> dict[str, Any]:
        """``_getsockname()``: ``{}`` once the handle is gone (after destroy)."""
        sock = self._sock
        if self._transport is None or not sock or not isinstance(sock, tuple):
            return {}
        return {'address': sock[0], 'family': 'IPv6' if ':' in sock[0] else 'IPv4',
                'port': sock[1]}

    def _getpeername(self) -> tuple[Any, ...] | None:
        # Node caches the peer name only once read while connected.
        if self._transport is not None and isinstance(self._peer, tuple):
            self._peernameRead = True
            return self._peer
        return self._peer if self._peernameRead and isinstance(self._peer, tuple) else None

    _peernameRead = False

    @property
    def remoteAddress(self) -> str | None:
        """Node's ``socket.remoteAddress``."""
        peer = self._getpeername()
        return peer[0] if peer else None

    @property
    def remotePort(self) -> int | None:
        """Node's ``socket.remotePort``."""
        peer = self._getpeername()
        return peer[1] if peer else None

    @property
    def remoteFamily(self) -> str | None:
        """Node's ``socket.remoteFamily``."""
        peer = self._getpeername()
        return None if not peer else ('IPv6' if ':' in peer[0] else 'IPv4')

    @property
    def localAddress(self) -> str | None:
        """Node's ``socket.localAddress``."""
        return self.address().get('address')

    @property
    def localPort(self) -> int | None:
        """Node's ``socket.localPort``."""
        return self.address().get('port')

    @property
    def localFamily(self) -> str | None:
        """Node's ``socket.localFamily``."""
        return self.address().get('family')

    @property
    def bytesWritten(self) -> int:
        """Node's ``socket.bytesWritten``."""
        state = self._writableState
        entries = list(state.buffered[state.bufferedIndex:])
        data = self._pendingData
        if isinstance(data, list):
            entries += data
        elif data:
            entries.append({'chunk': data, 'encoding': self._pendingEncoding})
        return self._bytesWritten + sum(_byteLength(e['chunk'], e['encoding']) for e in entries)

    @property
    def bufferSize(self) -> int | None:
        """Node's ``socket.bufferSize``."""
        if self._transport is not None:
            return cast(int, self.writableLength)
        return None

    @property
    def readyState(self) -> str:
        """Node's ``socket.readyState``."""
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


# What a socket stores over its life, in a client's or a server's ordinary use
# (CPython's table holds 29 names; the rarer ones get a dict of their own).
shareKeys(Socket, (
    '_readableState', '_writableState', '_events', 'allowHalfOpen', '_life', '_setNoDelay',
    '_setKeepAlive', '_setKeepAliveInitialDelay', 'connecting', '_hasHandle', '_host',
    '_counted', '_refed', '_connectTask', '_transport', '_peer', '_sock', 'parser',
    '_httpMessage', '_pendingData', '_pendingEncoding', '_bytesWritten', 'bytesRead', 'timeout',
    '_timer', '_timerDue', '_reading', '_server', 'server'))

Stream = Socket


def _loopSetsNoDelay(loop: asyncio.AbstractEventLoop) -> bool:
    """uvloop sets TCP_NODELAY on its transports; asyncio does not on our (proto 0) sockets."""
    kind = type(loop)
    found = _NODELAY_LOOPS.get(kind)
    if found is None:
        found = _NODELAY_LOOPS[kind] = any(c.__module__.startswith('uvloop') for c in kind.__mro__)
    return found


_NODELAY_LOOPS: dict[type, bool] = {}


def _msecsToSeconds(msecs: Any) -> int:
    """JavaScript's ``~~(msecs / 1000)``."""
    if not isNumber(msecs) or msecs != msecs or msecs in (float('inf'), -float('inf')):
        return 0
    return int(msecs / 1000)


def _tcpKeepAlive(sock: _socket.socket, on: bool, delay: int) -> None:
    """libuv 1.46's ``uv__tcp_keepalive``: SO_KEEPALIVE, then idle ``delay`` s, 1 s interval, 10 probes.

    A delay of 0 fails TCP_KEEPIDLE (EINVAL) and stops there; Node ignores the error.
    """
    sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_KEEPALIVE, 1 if on else 0)
    if on and hasattr(_socket, 'TCP_KEEPIDLE'):
        try:
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_KEEPIDLE, delay)
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_KEEPINTVL, 1)
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_KEEPCNT, 10)
        except OSError:
            pass


@overload
def createConnection(options: TcpSocketConnectOptions | dict[str, Any],
                     connectListener: Callable[..., Any] | None = None, /) -> Socket: ...
@overload
def createConnection(port: int | str, host: str | Callable[..., Any] | None = None,
                     connectListener: Callable[..., Any] | None = None, /) -> Socket: ...
def createConnection(*args: Any) -> Socket:
    """``net.createConnection(options[, connectListener])`` and its other forms."""
    options, cb = _normalizeArgs(args)
    sock = Socket(options)
    if _dc.netClientSocket.hasSubscribers:
        _dc.netClientSocket.publish({'socket': sock})
    if truthy(options.get('timeout')):
        sock.setTimeout(options['timeout'])
    return sock.connect(options, cb) if cb is not None else sock.connect(options)


connect = createConnection


