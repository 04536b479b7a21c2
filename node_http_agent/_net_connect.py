"""The connect half of Node's ``lib/net.js``: ``lookupAndConnect`` and everything a
``socket.connect()`` runs up to ``afterConnect``, Happy Eyeballs included.

Holds, in Node's order: the ``autoSelectFamily`` defaults and their getters and
setters, ``checkBindError``, ``internalConnect``, ``internalConnectMultiple``,
``socketToDnsFamily``, ``lookupAndConnect``, ``lookupAndConnectMultiple``,
``connectErrorNT``, ``afterConnect``/``afterConnectMultiple`` (their error
half), ``addClientAbortSignalOption`` and ``internalConnectMultipleTimeout``.
As in Node they are module functions taking the socket (``self``), called from
``Socket.connect`` in :mod:`node_http_agent.net`; ``afterConnect``'s success
half is ``Socket._onConnected`` there, next to the read path it starts.

Names that depart from Node: ``_Attempt`` = ``TCPConnectWrap`` (its ``error()`` =
``createConnectionError``); ``_MultipleContext`` = ``internalConnectMultiple``'s
``context``; ``_bindLocal`` = ``handle.bind()`` + ``checkBindError``;
``_startAttempt``/``_runAttempt``/``_writable`` = ``handle.connect()`` and libuv's
wait for it; ``_afterConnectFailed`` = ``afterConnect``/``afterConnectMultiple``
with an error status.
"""

from __future__ import annotations

import asyncio
import errno as _errno
import socket as _socket
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from . import dns, errors
from .dns import isIP
from .errors import (
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_IP_ADDRESS,
    NodeAggregateError,
    SystemError,
)
from .process import nextTick
from .util import UNDEFINED, toInt32, toNumber, truthy
from .validators import (
    isNumber,
    validateAbortSignal,
    validateBoolean,
    validateFunction,
    validateInt32,
    validateNumber,
    validatePort,
)

if TYPE_CHECKING:
    from .net import Socket

__all__ = ['getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
           'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout']


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


def internalConnect(self: Socket, address: str, port: Any, addressType: Any, localAddress: Any,
                     localPort: Any) -> None:
    """Node's ``internalConnect``: bind if asked, then start one connection attempt."""
    attempt = _Attempt(address, port, addressType, localAddress, localPort)
    self._hold()
    if truthy(localAddress) or truthy(localPort):
        localAddress = localAddress if truthy(localAddress) else (
            '0.0.0.0' if addressType == 4 else '::')
        attempt.localAddress = localAddress
        exc = _newAttempt(attempt)
        err = exc.errno or _errno.EINVAL if exc is not None else _bindLocal(
            attempt, localAddress, localPort)
        if err:
            self.destroy(errors.exceptionWithHostPort(err, 'bind', localAddress, localPort))
            return
    self.emit('connectionAttempt', address, port, addressType)
    if self.destroyed or not self.connecting:
        attempt.close()
        return
    err = _startAttempt(self, attempt, None)
    if err:
        # Node's message for a synchronous connect error carries the empty
        # sockname of a connecting socket: ' - Local (undefined:undefined)'.
        self.destroy(errors.exceptionWithHostPort(err, 'connect', address, port,
                                                  'undefined:undefined'))


def _newAttempt(attempt: _Attempt) -> OSError | None:
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


def _startAttempt(self: Socket, attempt: _Attempt, context: _MultipleContext | None) -> int:
    """``handle.connect()``: connect(2) now, the outcome later; a synchronous errno, or 0.

    Like libuv, the fd is created here (EMFILE is a connect error) and
    ECONNREFUSED is reported later; a unix socket reports every error later.
    """
    if attempt.sock is None:
        exc = _newAttempt(attempt)
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
    attempt.task = self._life.spawn(_runAttempt(self, attempt, context, err), attempt.onDone)
    self._connectTask = attempt.task
    return 0


async def _runAttempt(self: Socket, attempt: _Attempt, context: _MultipleContext | None,
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
        _attemptFailed(self, attempt, context, err)
        return
    if context is not None:
        attempt.clearTimer()
        if context.attempt is not attempt:  # succeeded after its timeout: ignore it
            sock.close()
            return
    attempt.sock = None  # the transport owns it now
    from .net import _SocketProtocol  # a lazy require: net imports this module
    try:
        # The socket is connected: the transport is made as for an accepted one
        # (create_connection's coroutine would only check its arguments first).
        await loop.connect_accepted_socket(partial(_SocketProtocol, self), sock)
    except OSError as exc:
        _attemptFailed(self, attempt, context, exc.errno or _errno.ECONNRESET)


async def _writable(loop: asyncio.AbstractEventLoop, sock: _socket.socket) -> None:
    """Wait until a connecting socket is writable (connect(2) finished, either way)."""
    done: asyncio.Future[None] = loop.create_future()
    fd = sock.fileno()

    def wake() -> None:
        if not done.done():
            done.set_result(None)
    loop.add_writer(fd, wake)  # not a loop entry: settles the connect task's future
    try:
        await done
    finally:
        loop.remove_writer(fd)


def internalConnectMultiple(self: Socket, context: _MultipleContext) -> None:
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
        exc = _newAttempt(attempt)
        err = exc.errno or _errno.EINVAL if exc is not None else _bindLocal(
            attempt, attempt.localAddress, context.localPort)
        if err:
            context.errors.append(errors.exceptionWithHostPort(
                err, 'bind', attempt.localAddress, context.localPort))
            internalConnectMultiple(self, context)
            return
    self.emit('connectionAttempt', attempt.address, attempt.port, attempt.family)
    cast(list[str], self.autoSelectFamilyAttemptedAddresses).append(f'{attempt.address}:{attempt.port}')
    err = _startAttempt(self, attempt, context)
    if err:
        ex = errors.exceptionWithHostPort(err, 'connect', attempt.address, attempt.port,
                                          'undefined:undefined')
        context.errors.append(ex)
        self.emit('connectionAttemptFailed', attempt.address, attempt.port, attempt.family, ex)
        internalConnectMultiple(self, context)
        return
    if current < len(context.addresses) - 1:
        attempt.timer = self._life.callLater(
            context.timeout / 1000, internalConnectMultipleTimeout, self, context, attempt)


def socketToDnsFamily(family: Any) -> Any:
    return 4 if family == 'IPv4' else 6 if family == 'IPv6' else family


def lookupAndConnect(self: Socket, options: dict[str, Any]) -> None:
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
                internalConnect(self, cast(str, host), port, addressType, localAddress, localPort)
        nextTick(connectNT)
        return

    lookup = options.get('lookup')
    if lookup is not None:
        validateFunction(lookup, 'options.lookup')
    else:
        lookup = dns.lookup
    dnsopts: dict[str, Any] = {}
    family = socketToDnsFamily(options.get('family'))
    if family is not None:
        dnsopts['family'] = family
    hints = options.get('hints')
    dnsopts['hints'] = hints if truthy(hints) else 0
    if family != 4 and family != 6 and dnsopts['hints'] == 0:
        dnsopts['hints'] = dns.ADDRCONFIG
    self._host = host

    if family != 4 and family != 6 and not truthy(localAddress) and autoSelectFamily:
        dnsopts['all'] = True
        lookupAndConnectMultiple(self, lookup, cast(str, host), options, dnsopts, port, localPort,
                                       attemptTimeout)
        return

    def emitLookup(err: Any, ip: Any = None, addressType: Any = None, *_: Any) -> None:
        self.emit('lookup', err, ip, addressType, host)
        if not self.connecting:  # destroyed while looking up
            return
        if err:
            nextTick(connectErrorNT, self, err)
        elif not isIP(ip):
            nextTick(connectErrorNT, self, ERR_INVALID_IP_ADDRESS(ip))
        elif addressType != 4 and addressType != 6:
            nextTick(connectErrorNT, self, ERR_INVALID_ADDRESS_FAMILY(
                addressType, options.get('host'), options.get('port')))
        else:
            self._touch()
            internalConnect(self, ip, port, addressType, localAddress, localPort)
    lookup(host, dnsopts, emitLookup)


def lookupAndConnectMultiple(self: Socket, lookup: Callable[..., Any], host: str,
                              options: dict[str, Any], dnsopts: dict[str, Any], port: int,
                              localPort: Any, timeout: int) -> None:
    def emitLookup(err: Any, addresses: Any = None, *_: Any) -> None:
        if not self.connecting:
            return
        if err:
            self.emit('lookup', err, None, None, host)
            nextTick(connectErrorNT, self, err)
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
                nextTick(connectErrorNT, self, ERR_INVALID_IP_ADDRESS(first.get('address')))
            elif first.get('family') not in (4, 6):
                nextTick(connectErrorNT, self, ERR_INVALID_ADDRESS_FAMILY(
                    first.get('family'), options.get('host'), options.get('port')))
            return
        toAttempt: list[dict[str, Any]] = []
        for i in range(max(len(valid[0]), len(valid[1]))):
            toAttempt.extend(group[i] for group in valid if i < len(group))
        if len(toAttempt) == 1:
            self._touch()
            only = toAttempt[0]
            internalConnect(self, only['address'], port, only['family'], None, localPort)
            return
        self.autoSelectFamilyAttemptedAddresses = []
        context = _MultipleContext(toAttempt, port, localPort, timeout)
        self._touch()
        internalConnectMultiple(self, context)
    lookup(host, dnsopts, emitLookup)


def connectErrorNT(self: Socket, err: BaseException) -> None:
    self.destroy(err)


def _attemptFailed(self: Socket, attempt: _Attempt, context: _MultipleContext | None,
                   err: int) -> None:
    # Called from the loop, not from inside the attempt's task: a listener's
    # exception must reach process.run, not die with the task.
    self._life.callSoon(_afterConnectFailed, self, attempt, context, err)


def _afterConnectFailed(self: Socket, attempt: _Attempt, context: _MultipleContext | None,
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
        internalConnectMultiple(self, context)


def addClientAbortSignalOption(self: Socket, signal: Any) -> None:
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


def internalConnectMultipleTimeout(self: Socket, context: _MultipleContext,
                                    attempt: _Attempt) -> None:
    attempt.timer = None
    self.emit('connectionAttemptTimeout', attempt.address, attempt.port, attempt.family)
    context.errors.append(attempt.error(_errno.ETIMEDOUT))
    attempt.close()
    if self.connecting:
        internalConnectMultiple(self, context)
