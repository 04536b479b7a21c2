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
from functools import partial
from typing import Any, cast, overload

from . import diagnostics_channel as _dc
from . import dns, errors
from ._shapes import shareKeys
from ._streams.duplex import Duplex
from ._types import TcpSocketConnectOptions
from .dns import isIP
from .errors import (
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    NodeAggregateError,
    SystemError,
)
from .events import EventEmitter
from .process import lifetime, nextTick
from .util import UNDEFINED, encodeString, toInt32, toNumber, truthy
from .validators import (
    getTimerDuration,
    isNumber,
    jsNumber,
    validateAbortSignal,
    validateBoolean,
    validateFunction,
    validateInt32,
    validateNumber,
    validatePort,
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
        owner = self.owner
        self.life.runCallback(owner._onConnected, transport)
        if not owner._reading and owner._transport is transport:
            # Paused at connect (pauseOnConnect, a paused socket): asyncio before 3.11
            # and uvloop start reading after connection_made() whatever it asked.
            self.life.loop.call_soon(_readStopAgain, owner, transport)

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


# -- Happy Eyeballs defaults (Node 20: on, 250 ms) -------------------------------------

_autoSelectFamilyDefault = True
_autoSelectFamilyAttemptTimeoutDefault = 250


def getDefaultAutoSelectFamily() -> bool:
    """Node's ``net.getDefaultAutoSelectFamily()``."""
    return _autoSelectFamilyDefault


def setDefaultAutoSelectFamily(value: Any) -> None:
    """Node's ``net.setDefaultAutoSelectFamily()``."""
    global _autoSelectFamilyDefault
    validateBoolean(value, 'value')
    _autoSelectFamilyDefault = value


def getDefaultAutoSelectFamilyAttemptTimeout() -> int:
    """Node's ``net.getDefaultAutoSelectFamilyAttemptTimeout()``."""
    return _autoSelectFamilyAttemptTimeoutDefault


def setDefaultAutoSelectFamilyAttemptTimeout(value: Any) -> None:
    """Node's ``net.setDefaultAutoSelectFamilyAttemptTimeout()``."""
    global _autoSelectFamilyAttemptTimeoutDefault
    validateInt32(value, 'value', 1)
    _autoSelectFamilyAttemptTimeoutDefault = max(10, int(value))


def _socketToDnsFamily(family: Any) -> Any:
    return 4 if family == 'IPv4' else 6 if family == 'IPv6' else family


def _localDetails(localAddress: Any, localPort: Any) -> str | None:
    return f'{localAddress}:{localPort}' if localAddress and localPort else None


class _Attempt:
    """One ``TCPConnectWrap``: the OS socket of one connection attempt and its task."""

    __slots__ = ('address', 'port', 'family', 'localAddress', 'localPort', 'sock', 'task',
                 'timer')

    def __init__(self, address: str, port: Any, family: Any, localAddress: Any,
                 localPort: Any) -> None:
        self.address = address
        self.port = port
        self.family = family
        self.localAddress = localAddress
        self.localPort = localPort
        self.sock: _socket.socket | None = None
        self.task: asyncio.Task[Any] | None = None
        self.timer: asyncio.TimerHandle | None = None

    def clearTimer(self) -> None:
        timer, self.timer = self.timer, None
        if timer is not None:
            timer.cancel()

    def onDone(self, task: asyncio.Task[Any]) -> None:
        # A task cancelled before it ever ran skips its handlers: release here.
        if task.cancelled():
            self.clearTimer()
            if self.sock is not None:
                self.sock.close()
                self.sock = None

    def close(self) -> None:
        """``handle.close()``: stop the attempt and release its fd."""
        self.clearTimer()
        task = self.task
        if task is not None and not task.done():
            task.cancel()  # its handler closes the socket
        elif self.sock is not None:
            self.sock.close()
            self.sock = None

    def error(self, err: int) -> SystemError:
        """``createConnectionError``."""
        details = _localDetails(self.localAddress, self.localPort)
        ex = errors.exceptionWithHostPort(err, 'connect', self.address, self.port, details)
        if details:
            ex.localAddress = self.localAddress  # type: ignore[attr-defined]
            ex.localPort = self.localPort  # type: ignore[attr-defined]
        return ex


class _MultipleContext:
    """The state ``lookupAndConnectMultiple`` hands to ``internalConnectMultiple``."""

    __slots__ = ('addresses', 'current', 'port', 'localPort', 'timeout', 'errors', 'attempt')

    def __init__(self, addresses: list[dict[str, Any]], port: int, localPort: Any,
                 timeout: int) -> None:
        self.addresses = addresses
        self.current = 0
        self.port = port
        self.localPort = localPort
        self.timeout = timeout
        self.errors: list[BaseException] = []
        self.attempt: _Attempt | None = None


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
            self._addAbortSignal(signal)

    @property
    def pending(self) -> bool:
        """Node's ``socket.pending``."""
        return self._transport is None or self.connecting

    def _addAbortSignal(self, signal: Any) -> None:
        """``addClientAbortSignalOption``: aborting the signal destroys the socket."""
        from .events import addAbortListener
        validateAbortSignal(signal, 'signal')  # the Duplex constructor's check comes first

        def onAbort(*_: Any) -> None:
            self._aborted = True
            self.destroy(errors.AbortError(options={'cause': signal.reason}))
        if signal.aborted:
            nextTick(onAbort)
        else:
            disposable = addAbortListener(signal, onAbort)
            self.once('close', lambda *a: disposable.dispose())

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
            self._internalConnect(str(path), None, None, None, None)  # validated: a str
            return self
        self._lookupAndConnect(options)
        return self

    def _lookupAndConnect(self, options: dict[str, Any]) -> None:
        """Node's ``lookupAndConnect``: every check comes before anything is taken."""
        localAddress = options.get('localAddress')
        localPort = options.get('localPort')
        host = options.get('host') if truthy(options.get('host')) else 'localhost'
        port = options.get('port')
        if truthy(localAddress) and not isIP(localAddress):
            raise ERR_INVALID_IP_ADDRESS(localAddress)
        if truthy(localPort):
            validateNumber(localPort, 'options.localPort')
        if port is not None and port is not UNDEFINED:
            if not isNumber(port) and not isinstance(port, str):
                raise ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port)
            port = validatePort(port)
        port = port or 0
        autoSelectFamily = options.get('autoSelectFamily')
        if autoSelectFamily is not None:
            validateBoolean(autoSelectFamily, 'options.autoSelectFamily')
        else:
            autoSelectFamily = _autoSelectFamilyDefault
        attemptTimeout = options.get('autoSelectFamilyAttemptTimeout')
        if attemptTimeout is not None:
            validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1)
            attemptTimeout = max(10, int(attemptTimeout))
        else:
            attemptTimeout = _autoSelectFamilyAttemptTimeoutDefault
        self.connecting = True
        self.writable = True

        addressType = isIP(host)
        if addressType:
            def connectNT() -> None:
                if self.connecting:
                    self._internalConnect(cast(str, host), port, addressType, localAddress, localPort)
            nextTick(connectNT)
            return

        lookup = options.get('lookup')
        if lookup is not None:
            validateFunction(lookup, 'options.lookup')
        else:
            lookup = dns.lookup
        dnsopts: dict[str, Any] = {}
        family = _socketToDnsFamily(options.get('family'))
        if family is not None:
            dnsopts['family'] = family
        hints = options.get('hints')
        dnsopts['hints'] = hints if truthy(hints) else 0
        if family != 4 and family != 6 and dnsopts['hints'] == 0:
            dnsopts['hints'] = dns.ADDRCONFIG
        self._host = host

        if family != 4 and family != 6 and not truthy(localAddress) and autoSelectFamily:
            dnsopts['all'] = True
            self._lookupAndConnectMultiple(lookup, cast(str, host), options, dnsopts, port, localPort,
                                           attemptTimeout)
            return

        def emitLookup(err: Any, ip: Any = None, addressType: Any = None, *_: Any) -> None:
            self.emit('lookup', err, ip, addressType, host)
            if not self.connecting:  # destroyed while looking up
                return
            if err:
                nextTick(self._connectErrorNT, err)
            elif not isIP(ip):
                nextTick(self._connectErrorNT, ERR_INVALID_IP_ADDRESS(ip))
            elif addressType != 4 and addressType != 6:
                nextTick(self._connectErrorNT, ERR_INVALID_ADDRESS_FAMILY(
                    addressType, options.get('host'), options.get('port')))
            else:
                self._touch()
                self._internalConnect(ip, port, addressType, localAddress, localPort)
        lookup(host, dnsopts, emitLookup)

    def _lookupAndConnectMultiple(self, lookup: Callable[..., Any], host: str,
                                  options: dict[str, Any], dnsopts: dict[str, Any], port: int,
                                  localPort: Any, timeout: int) -> None:
        def emitLookup(err: Any, addresses: Any = None, *_: Any) -> None:
            if not self.connecting:
                return
            if err:
                self.emit('lookup', err, None, None, host)
                nextTick(self._connectErrorNT, err)
                return
            # Keep IPv4/IPv6 addresses only, once each; the first one's family goes first.
            valid: list[list[dict[str, Any]]] = [[], []]
            validIps: list[list[str]] = [[], []]
            destinations: dict[int, int] | None = None
            for address in addresses:
                ip, addressType = address.get('address'), address.get('family')
                self.emit('lookup', err, ip, addressType, host)
                if not self.connecting:
                    return
                if isIP(ip) and addressType in (4, 6) and not isinstance(addressType, bool):
                    if destinations is None:
                        destinations = {6: 0, 4: 1} if addressType == 6 else {4: 0, 6: 1}
                    destination = destinations[addressType]
                    if ip not in validIps[destination]:
                        valid[destination].append(address)
                        validIps[destination].append(ip)
            if not valid[0] and not valid[1]:
                # Node reads addresses[0] here (and throws on an empty list).
                first = addresses[0] if addresses else {}
                if not isIP(first.get('address')):
                    nextTick(self._connectErrorNT, ERR_INVALID_IP_ADDRESS(first.get('address')))
                elif first.get('family') not in (4, 6):
                    nextTick(self._connectErrorNT, ERR_INVALID_ADDRESS_FAMILY(
                        first.get('family'), options.get('host'), options.get('port')))
                return
            toAttempt: list[dict[str, Any]] = []
            for i in range(max(len(valid[0]), len(valid[1]))):
                toAttempt.extend(group[i] for group in valid if i < len(group))
            if len(toAttempt) == 1:
                self._touch()
                only = toAttempt[0]
                self._internalConnect(only['address'], port, only['family'], None, localPort)
                return
            self.autoSelectFamilyAttemptedAddresses = []
            context = _MultipleContext(toAttempt, port, localPort, timeout)
            self._touch()
            self._internalConnectMultiple(context)
        lookup(host, dnsopts, emitLookup)

    def _connectErrorNT(self, err: BaseException) -> None:
        self.destroy(err)

    def _newAttempt(self, attempt: _Attempt) -> OSError | None:
        """Create (and bind) the OS socket of one attempt; the error if that fails."""
        family = attempt.family
        af = (_socket.AF_INET6 if family == 6 else _socket.AF_INET if family == 4
              else _socket.AF_UNIX)
        try:
            sock = _socket.socket(af, _socket.SOCK_STREAM)
        except OSError as exc:
            return exc
        sock.setblocking(False)
        attempt.sock = sock
        return None

    def _internalConnect(self, address: str, port: Any, addressType: Any, localAddress: Any,
                         localPort: Any) -> None:
        """Node's ``internalConnect``: bind if asked, then start one connection attempt."""
        attempt = _Attempt(address, port, addressType, localAddress, localPort)
        self._hold()
        if truthy(localAddress) or truthy(localPort):
            localAddress = localAddress if truthy(localAddress) else (
                '0.0.0.0' if addressType == 4 else '::')
            attempt.localAddress = localAddress
            exc = self._newAttempt(attempt)
            err = exc.errno or _errno.EINVAL if exc is not None else _bindLocal(
                attempt, localAddress, localPort)
            if err:
                self.destroy(errors.exceptionWithHostPort(err, 'bind', localAddress, localPort))
                return
        self.emit('connectionAttempt', address, port, addressType)
        if self.destroyed or not self.connecting:
            attempt.close()
            return
        err = self._startAttempt(attempt, None)
        if err:
            # Node's message for a synchronous connect error carries the empty
            # sockname of a connecting socket: ' - Local (undefined:undefined)'.
            self.destroy(errors.exceptionWithHostPort(err, 'connect', address, port,
                                                      'undefined:undefined'))

    def _startAttempt(self, attempt: _Attempt, context: _MultipleContext | None) -> int:
        """``handle.connect()``: connect(2) now, the outcome later; a synchronous errno, or 0.

        Like libuv, the fd is created here (EMFILE is a connect error) and
        ECONNREFUSED is reported later; a unix socket reports every error later.
        """
        if attempt.sock is None:
            exc = self._newAttempt(attempt)
            if exc is not None:
                return exc.errno or _errno.EMFILE
        sock = attempt.sock
        assert sock is not None
        target = attempt.address if attempt.family is None else (attempt.address, attempt.port)
        try:
            err = sock.connect_ex(target)
        except OSError as exc:
            err = exc.errno or _errno.EINVAL
        if err not in (0, _errno.EINPROGRESS, _errno.ECONNREFUSED) and attempt.family is not None:
            attempt.close()
            return err
        attempt.task = self._life.loop.create_task(self._runAttempt(attempt, context, err))
        attempt.task.add_done_callback(attempt.onDone)
        self._connectTask = attempt.task
        return 0

    async def _runAttempt(self, attempt: _Attempt, context: _MultipleContext | None,
                          err: int) -> None:
        loop = self._life.loop
        sock = attempt.sock
        assert sock is not None
        try:
            if err == _errno.EINPROGRESS:
                await _writable(loop, sock)
                err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        except asyncio.CancelledError:
            sock.close()
            attempt.clearTimer()
            raise
        if err:
            sock.close()
            attempt.clearTimer()  # afterConnectMultiple clears the attempt timer first
            self._attemptFailed(attempt, context, err)
            return
        if context is not None:
            attempt.clearTimer()
            if context.attempt is not attempt:  # succeeded after its timeout: ignore it
                sock.close()
                return
        attempt.sock = None  # the transport owns it now
        try:
            # The socket is connected: the transport is made as for an accepted one
            # (create_connection's coroutine would only check its arguments first).
            await loop.connect_accepted_socket(partial(_SocketProtocol, self), sock)
        except OSError as exc:
            self._attemptFailed(attempt, context, exc.errno or _errno.ECONNRESET)

    def _attemptFailed(self, attempt: _Attempt, context: _MultipleContext | None,
                       err: int) -> None:
        # Called from the loop, not from inside the attempt's task: a listener's
        # exception must reach process.run, not die with the task.
        self._life.loop.call_soon(self._life.runCallback, self._afterConnectFailed, attempt,
                                  context, err)

    def _afterConnectFailed(self, attempt: _Attempt, context: _MultipleContext | None,
                            err: int) -> None:
        """``afterConnect``/``afterConnectMultiple`` with an error status."""
        if self.destroyed or (context is not None and context.attempt is not attempt):
            return  # destroyed, or an attempt that already timed out
        ex = attempt.error(err)
        if attempt.family is None:  # a pipe: 'connect ENOENT /path'
            ex.address = attempt.address
        if context is None:
            self.connecting = False
            self.emit('connectionAttemptFailed', attempt.address, attempt.port, attempt.family, ex)
            self.destroy(ex)
            return
        context.errors.append(ex)
        self.emit('connectionAttemptFailed', attempt.address, attempt.port, attempt.family, ex)
        if self.connecting:
            self._internalConnectMultiple(context)

    def _internalConnectMultiple(self, context: _MultipleContext) -> None:
        """Node's ``internalConnectMultiple``: the next address, or the aggregate error."""
        if self._aborted or self.destroyed:
            return
        if context.current == len(context.addresses):
            if not context.errors:
                self.destroy(errors.ERR_SOCKET_CONNECTION_TIMEOUT())
            else:
                self.destroy(NodeAggregateError(context.errors))
            return
        current = context.current
        context.current += 1
        address = context.addresses[current]
        attempt = _Attempt(address['address'], context.port, address['family'], None,
                           context.localPort)
        context.attempt = attempt
        exc = None
        if truthy(context.localPort):
            attempt.localAddress = '0.0.0.0' if attempt.family == 4 else '::'
            exc = self._newAttempt(attempt)
            err = exc.errno or _errno.EINVAL if exc is not None else _bindLocal(
                attempt, attempt.localAddress, context.localPort)
            if err:
                context.errors.append(errors.exceptionWithHostPort(
                    err, 'bind', attempt.localAddress, context.localPort))
                self._internalConnectMultiple(context)
                return
        self.emit('connectionAttempt', attempt.address, attempt.port, attempt.family)
        cast(list[str], self.autoSelectFamilyAttemptedAddresses).append(f'{attempt.address}:{attempt.port}')
        err = self._startAttempt(attempt, context)
        if err:
            ex = errors.exceptionWithHostPort(err, 'connect', attempt.address, attempt.port,
                                              'undefined:undefined')
            context.errors.append(ex)
            self.emit('connectionAttemptFailed', attempt.address, attempt.port, attempt.family, ex)
            self._internalConnectMultiple(context)
            return
        if current < len(context.addresses) - 1:
            attempt.timer = self._life.loop.call_later(
                context.timeout / 1000, self._life.runCallback,
                self._internalConnectMultipleTimeout, context, attempt)

    def _internalConnectMultipleTimeout(self, context: _MultipleContext,
                                        attempt: _Attempt) -> None:
        attempt.timer = None
        self.emit('connectionAttemptTimeout', attempt.address, attempt.port, attempt.family)
        context.errors.append(attempt.error(_errno.ETIMEDOUT))
        attempt.close()
        if self.connecting:
            self._internalConnectMultiple(context)

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
        if task is not None and not task.done():
            task.cancel()
        self._release()
        isException = exception is not None
        if isException:
            self._hadError = True
        if transport is not None:
            close = transport.abort if isException else transport.close
            if self._inResumeWriting:
                # Closed from a 'drain' listener: asyncio's selector transport,
                # closed inside its own resume_writing() call, would run
                # connection_lost twice (and crash); close once it returns.
                self._life.loop.call_soon(close)
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
        self._life.afterHops(3, self._emitClose)

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


class Server(EventEmitter):
    """Node's ``net.Server``: ``listen``, ``address``, ``close``, ``'connection'``."""

    def __init__(self, options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> None:
        EventEmitter.__init__(self)
        if callable(options) and not isinstance(options, dict):
            connectionListener, options = options, None
        elif options is not None and not isinstance(options, dict):
            raise ERR_INVALID_ARG_TYPE('options', 'Object', options)
        opts = {**(options or {}), **kwargs}
        keepAliveInitialDelay = opts.get('keepAliveInitialDelay')
        if keepAliveInitialDelay is not None:
            validateNumber(keepAliveInitialDelay, 'options.keepAliveInitialDelay')
            keepAliveInitialDelay = max(0, keepAliveInitialDelay)
        highWaterMark = opts.get('highWaterMark')
        if highWaterMark is not None:
            validateNumber(highWaterMark, 'options.highWaterMark')
            if highWaterMark < 0:
                highWaterMark = None
        self.allowHalfOpen = truthy(opts.get('allowHalfOpen'))
        self.pauseOnConnect = truthy(opts.get('pauseOnConnect'))
        self.noDelay = truthy(opts.get('noDelay'))
        self.keepAlive = truthy(opts.get('keepAlive'))
        self.keepAliveInitialDelay = _msecsToSeconds(keepAliveInitialDelay)
        self.highWaterMark = HIGH_WATER_MARK if highWaterMark is None else highWaterMark
        self.maxConnections: int | None = None
        self.listening = False
        self._connections: set[Socket] = set()
        self._sockets: list[_socket.socket] = []
        self._servers: list[asyncio.AbstractServer] = []
        self._refed = True
        self._counted = False
        self._life: Any = None
        self._pipe: str | None = None
        self._listeningId = 1
        self._unserved: set[_socket.socket] = set()
        if connectionListener is not None:
            self.on('connection', connectionListener)

    def listen(self, *args: Any) -> Server:
        """``listen(port[, host][, backlog][, cb])``, ``listen(options[, cb])``, ``listen(path[, cb])``."""
        options, cb = _normalizeArgs(args)
        if self.listening:
            raise ERR_SERVER_ALREADY_LISTEN()
        if _dc.netServerListen.hasSubscribers:
            _dc.netServerListen.asyncStart.publish({'server': self, 'options': options})
        if cb is not None:
            self.once('listening', cb)
        backlogFromArgs = _backlogArg(len(args) > 1 and args[1]) or \
            _backlogArg(len(args) > 2 and args[2])
        self._listeningId += 1
        self._life = lifetime()
        self._addAbortSignal(options)
        port = options.get('port')
        if not args or callable(args[0]) or ('port' in options and port is None):
            port = 0  # listen(), listen(None), listen(cb): an arbitrary unused port
        if isNumber(port) or isinstance(port, str):
            port = validatePort(port, 'options.port')
            backlog = options.get('backlog') if truthy(options.get('backlog')) else backlogFromArgs
            host = options.get('host')
            if truthy(host):
                self._lookupAndListen(port, cast(str, host), backlog, options)
            else:  # the unspecified address
                self._setupListenHandle(None, port, backlog, options)
            return self
        path = options.get('path')
        if truthy(path) and _isPipeName(path):
            backlog = options.get('backlog') if truthy(options.get('backlog')) else backlogFromArgs
            self._setupListenHandle(None, None, backlog, options, path)
            return self
        if 'port' not in options and 'path' not in options:
            shown: Any = options
            if args and isinstance(args[0], (list, tuple, bytes, bytearray)):
                shown = args[0]  # shown as Node shows the array or Buffer it got
            raise ERR_INVALID_ARG_VALUE('options', shown,
                                        'must have the property "port" or "path"')
        raise ERR_INVALID_ARG_VALUE('options', options)

    def _addAbortSignal(self, options: dict[str, Any]) -> None:
        """``addServerAbortSignalOption``: aborting closes the server."""
        signal = options.get('signal')
        if signal is None:
            return
        validateAbortSignal(signal, 'options.signal')
        if signal.aborted:
            nextTick(self.close)
        else:
            from .events import addAbortListener
            addAbortListener(signal, lambda *a: self.close())

    def _lookupAndListen(self, port: int, address: str, backlog: Any,
                         options: dict[str, Any]) -> None:
        listeningId = self._listeningId

        def doListen(err: Any, ip: Any = None, addressType: Any = None) -> None:
            if listeningId != self._listeningId:  # listen() or close() came since
                return
            if err:
                self.emit('error', err)
            else:
                self._setupListenHandle(ip, port, backlog, options)
        dns.lookup(address, doListen)

    def _setupListenHandle(self, address: str | None, port: int | None, backlog: Any,
                           options: dict[str, Any], path: str | None = None) -> None:
        try:
            if path is not None:
                sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
                try:
                    sock.bind(path)
                except OSError:
                    sock.close()
                    raise
                self._pipe = path
            else:
                sock = self._bind(address, port or 0, options)
            try:
                # handle.listen(backlog || 511): the binding takes its Int32Value
                sock.listen(max(toInt32(backlog), 0) if truthy(backlog) else 511)
                sock.setblocking(False)
            except OSError:
                sock.close()
                raise
        except OSError as exc:
            host = address or '::'
            err = errors.fromOSError(exc, 'listen', host, port)
            where = path or (f'{host}:{port}' if port else host)
            err.message = f'listen {err.code}: {_errno_text(exc)} {where}'
            if _dc.netServerListen.hasSubscribers:
                _dc.netServerListen.error.publish({'server': self, 'error': err})
            nextTick(self.emit, 'error', err)
            return
        if _dc.netServerListen.hasSubscribers:
            _dc.netServerListen.asyncEnd.publish({'server': self})
        self._sockets = [sock]
        self.listening = True
        self._hold()
        self._life.track(self)
        loop = self._life.loop
        self._unserved.add(sock)
        task = loop.create_task(self._serve(sock, self._listeningId))
        del task
        nextTick(self._emitListeningNT)

    def _emitListeningNT(self) -> None:
        if self.listening:  # Node: only if the handle is still open (no close() since)
            self.emit('listening')

    def _bind(self, host: str | None, port: int, options: dict[str, Any]) -> _socket.socket:
        """``createServerHandle``: ``host`` is an IP (resolved already) or None for any address."""
        if host is None:
            try:  # '::' (dual stack unless ipv6Only), else 0.0.0.0, as libuv
                return _boundSocket(_socket.AF_INET6, ('::', port), options.get('ipv6Only'))
            except OSError:
                host = '0.0.0.0'
        family = _socket.AF_INET6 if isIP(host) == 6 else _socket.AF_INET
        return _boundSocket(family, (host, port), options.get('ipv6Only'))

    async def _serve(self, sock: _socket.socket, listeningId: int) -> None:
        # The listening socket is ours (close() closes it) until asyncio's server owns it.
        if sock not in self._unserved:
            return
        self._unserved.discard(sock)
        loop = self._life.loop
        if sock.family == getattr(_socket, 'AF_UNIX', None):
            server = await loop.create_unix_server(self._protocolFactory, sock=sock)
        else:
            server = await loop.create_server(self._protocolFactory, sock=sock)
        if listeningId != self._listeningId:  # closed (or listening anew) meanwhile
            server.close()
            return
        self._servers.append(server)

    def _protocolFactory(self) -> asyncio.Protocol:
        sock = Socket(allowHalfOpen=self.allowHalfOpen,
                      readableHighWaterMark=self.highWaterMark,
                      writableHighWaterMark=self.highWaterMark)
        sock._server = self
        return _SocketProtocol(sock)

    def _applySocketOptions(self, sock: Socket) -> None:
        """``onconnection``: the server's noDelay/keepAlive on the accepted handle."""
        raw = sock._rawSocket()
        if raw is None or raw.family not in (_socket.AF_INET, _socket.AF_INET6):
            return
        if self.noDelay:
            raw.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
        if self.keepAlive:
            _tcpKeepAlive(raw, True, self.keepAliveInitialDelay)

    def _onAccept(self, sock: Socket) -> None:
        """A connection was accepted: called from the new socket's ``connection_made``."""
        if self.maxConnections is not None and len(self._connections) >= self.maxConnections:
            sock.destroy()
            return
        self._connections.add(sock)
        if self.noDelay or self.keepAlive:
            self._applySocketOptions(sock)
        if self.pauseOnConnect:  # Node's pauseOnCreate: the handle does not read at all
            sock._reading = False
            transport = sock._transport
            if transport is not None:
                transport.pause_reading()
            sock.readableFlowing = False
        self.emit('connection', sock)
        if _dc.netServerSocket.hasSubscribers:
            _dc.netServerSocket.publish({'socket': sock})

    def _onConnectionClose(self, sock: Socket) -> None:
        """A connection was destroyed (called from its ``destroy()``, as Node's ``_destroy``)."""
        if sock in self._connections:
            self._connections.discard(sock)
            self._emitCloseIfDrained()

    def address(self) -> dict[str, Any] | str | None:
        """Node's ``server.address()``."""
        if not self._sockets:
            return None
        name = self._sockets[0].getsockname()
        if isinstance(name, str):
            return name
        return {'address': name[0], 'family': _family_name(self._sockets[0].family),
                'port': name[1]}

    def close(self, cb: Callable[..., Any] | None = None) -> Server:
        """Stop accepting; ``'close'`` follows once no connection is left (each call's)."""
        self._listeningId += 1
        if callable(cb):
            if not self.listening:
                self.once('close', lambda *a: cb(ERR_SERVER_NOT_RUNNING()))
            else:
                self.once('close', cb)
        if self.listening:
            self.listening = False
            for server in self._servers:
                server.close()
            self._servers = []
            self._sockets = []
            for sock in self._unserved:  # Node closes the handle now: refuse from here on
                sock.close()
            self._unserved.clear()
            self._release()
            if self._pipe is not None:  # libuv unlinks the unix socket it bound
                try:
                    os.unlink(self._pipe)
                except OSError:
                    pass
                self._pipe = None
        self._emitCloseIfDrained()
        return self

    def _emitCloseIfDrained(self) -> None:
        if self.listening or self._connections:
            return
        nextTick(self.emit, 'close')

    def _closeAtExit(self) -> None:
        for server in self._servers:
            server.close()
        self._servers = []
        for sock in self._unserved:
            sock.close()
        self._unserved.clear()
        self.listening = False
        self._release()

    def getConnections(self, cb: Callable[..., Any]) -> Server:
        """Node's ``server.getConnections()``."""
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
        """Node's ``server.ref()``."""
        self._refed = True
        if self._life is not None:
            self._hold()
        return self

    def unref(self) -> Server:
        """Node's ``server.unref()``."""
        self._refed = False
        self._release()
        return self


async def _writable(loop: asyncio.AbstractEventLoop, sock: _socket.socket) -> None:
    """Wait until a connecting socket is writable (connect(2) finished, either way)."""
    done: asyncio.Future[None] = loop.create_future()
    fd = sock.fileno()
    loop.add_writer(fd, lambda: None if done.done() else done.set_result(None))
    try:
        await done
    finally:
        loop.remove_writer(fd)


def _boundSocket(family: int, address: tuple[str, int], ipv6Only: Any) -> _socket.socket:
    sock = _socket.socket(family, _socket.SOCK_STREAM)
    try:
        if family == _socket.AF_INET6:
            sock.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, 1 if ipv6Only else 0)
        sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def _backlogArg(value: Any) -> Any:
    """listen's ``toNumber(x)``: ``Number(x)`` if it is >= 0, else ``false``."""
    number = toNumber(value)
    return number if number >= 0 else False


def _bindLocal(attempt: Any, localAddress: str, localPort: Any) -> int:
    """``handle.bind(localAddress, localPort)`` then ``checkBindError``: 0 or an errno."""
    try:
        # libuv's uv_tcp_bind sets SO_REUSEADDR first.
        attempt.sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
        # The binding takes the port's Int32Value, and the address keeps 16 bits of it.
        attempt.sock.bind((localAddress, toInt32(localPort) & 0xFFFF))
    except OSError as bindError:
        attempt.close()
        return bindError.errno or _errno.EINVAL
    # checkBindError: bound elsewhere than asked (1.5, 70000, Infinity) is EADDRINUSE.
    if toNumber(localPort) > 0 and attempt.sock.getsockname()[1] != localPort:
        attempt.close()
        return _errno.EADDRINUSE
    return 0


def _errno_text(exc: OSError) -> str:
    return {_errno.EADDRINUSE: 'address already in use',
            _errno.EACCES: 'permission denied',
            _errno.EADDRNOTAVAIL: 'address not available'}.get(exc.errno or 0,
                                                               exc.strerror or 'unknown error')


def createServer(options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> Server:
    """Node's ``net.createServer()``."""
    return Server(options, connectionListener, **kwargs)
