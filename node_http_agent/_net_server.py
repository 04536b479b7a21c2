"""The server half of Node's ``lib/net.js``: ``Server`` and ``createServer``.

Holds ``Server`` (``listen``, ``lookupAndListen``, ``setupListenHandle``,
``createServerHandle``, ``onconnection``, ``address``, ``close``,
``getConnections``, ``ref``/``unref``), its helpers and ``createServer``;
:mod:`node_http_agent.net` re-exports ``Server`` and ``createServer``, so
``net.Server`` is this class. The server's accepted connections are
``net.Socket`` s, imported lazily (``net`` imports this module).

Names that depart from Node: ``Server._addAbortSignal`` = ``addServerAbortSignalOption``;
``_bind``/``_boundSocket`` = ``createServerHandle``; ``_setupListenHandle`` =
``setupListenHandle``; ``_lookupAndListen`` = ``lookupAndListen``; ``_onAccept`` =
``onconnection``; ``_backlogArg`` = listen's ``toNumber``.
"""

from __future__ import annotations

import asyncio
import errno as _errno
import os
import socket as _socket
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from . import diagnostics_channel as _dc
from . import dns, errors
from .dns import isIP
from .errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
)
from .events import EventEmitter
from .process import lifetime, nextTick
from .util import toInt32, toNumber, truthy
from .validators import isNumber, validateAbortSignal, validateNumber, validatePort

if TYPE_CHECKING:
    from .net import Socket

__all__ = ['Server', 'createServer']


def _family_name(family: int) -> str:
    return 'IPv6' if family == _socket.AF_INET6 else 'IPv4'


class Server(EventEmitter):
    """Node's ``net.Server``: ``listen``, ``address``, ``close``, ``'connection'``."""

    def __init__(self, options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> None:
        from .net import HIGH_WATER_MARK, _msecsToSeconds  # lazy requires: net imports this module
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
        from .net import _isPipeName, _normalizeArgs
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
        self._unserved.add(sock)
        self._life.spawn(self._serve(sock, self._listeningId))
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
        from .net import Socket, _SocketProtocol
        sock = Socket(allowHalfOpen=self.allowHalfOpen,
                      readableHighWaterMark=self.highWaterMark,
                      writableHighWaterMark=self.highWaterMark)
        sock._server = self
        return _SocketProtocol(sock)

    def _applySocketOptions(self, sock: Socket) -> None:
        """``onconnection``: the server's noDelay/keepAlive on the accepted handle."""
        from .net import _tcpKeepAlive
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


def _errno_text(exc: OSError) -> str:
    return {_errno.EADDRINUSE: 'address already in use',
            _errno.EACCES: 'permission denied',
            _errno.EADDRNOTAVAIL: 'address not available'}.get(exc.errno or 0,
                                                               exc.strerror or 'unknown error')


def createServer(options: Any = None, connectionListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> Server:
    """Node's ``net.createServer()``."""
    return Server(options, connectionListener, **kwargs)
