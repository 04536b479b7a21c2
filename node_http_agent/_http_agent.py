"""``http.Agent``: the connection pool, ported from Node 20's ``_http_agent.js``.

Functions stand in the order a request flows, as in Node: constructor (with
its internal ``'free'`` handler) -> ``getName`` -> ``addRequest`` ->
``createSocket`` -> ``installListeners`` -> ``removeSocket`` ->
``keepSocketAlive`` -> ``reuseSocket`` -> ``destroy``. Every hook is looked
up on the instance, so a subclass method or an instance attribute replaces it.

``requests``/``sockets``/``freeSockets`` are plain dicts of lists keyed by
``getName()``, with empty lists deleted, exactly as Node keeps them. Node's
quirks that a program can observe are kept (only the head of a free list is
checked for destroyed sockets; ``maxTotalSockets`` can be exceeded by idle
sockets; a failed ``createConnection`` leaves ``sockets[name] = []``).
One is not: attaching the first ``'keylog'`` listener while sockets are
active throws a TypeError from inside ``agent.on()`` in Node 20 (it iterates
the lists as if they were sockets); here the listener is attached to each
active socket instead (docs/deviations.md).
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Callable
from typing import Any

from . import _http_agent_ext, net, process
from ._http_common import SocketListener
from ._types import AgentOptions
from .events import EventEmitter
from .util import toNumber, toString, truthy
from .validators import validateNumber, validateOneOf, validateString

__all__ = ['Agent', 'globalAgent']

_KEEP_ALIVE_HINT = re.compile(r'^timeout=(\d+)')


class _Attrs:
    """Reads option fields off an object, as JavaScript reads properties off anything."""

    __slots__ = ('target',)

    def __init__(self, target: Any) -> None:
        self.target = target

    def get(self, key: str) -> Any:
        return getattr(self.target, key, None)


class _FreeSocketErrorListener(SocketListener):
    """``freeSocketErrorListener``: an idle pooled socket failed; drop it."""

    __slots__ = ()

    def __call__(self, err: BaseException) -> None:
        self.socket.destroy()
        self.socket.emit('agentRemove')


class Agent(EventEmitter):
    """Node's ``http.Agent`` (https://nodejs.org/docs/latest-v20.x/api/http.html#class-httpagent).

    ``Agent(options)``, ``Agent(**options)`` or both (keywords win); the options are
    :class:`~node_http_agent._types.AgentOptions`: Node's ``keepAlive`` (``False``),
    ``keepAliveMsecs`` (1000), ``maxSockets`` (``math.inf``), ``maxTotalSockets``
    (``math.inf``), ``maxFreeSockets`` (256), ``scheduling`` (``'lifo'``), ``timeout``, and
    the socket options passed on to ``net.createConnection``; this port's opt-in extensions
    (docs/extensions.md) are ``freeSocketTimeout``, ``socketActiveTTL``,
    ``maxRequestsPerSocket``, ``checkIdleSocket``, ``maxQueuedRequests``, ``queueTimeout``
    and ``retryStaleSocket``.

    Events: ``'free'`` ``(socket, options)`` when a kept-alive socket goes back to the pool,
    as Node's (with ``retryStaleSocket``, not Node's, the retried request emits ``'retry'``).

    Hooks, overridden in a subclass or assigned to an instance as in Node:
    ``createConnection``, ``keepSocketAlive``, ``reuseSocket``, ``getName``,
    ``addRequest``, ``createSocket``, ``removeSocket``, ``destroy``.
    """

    defaultMaxSockets: float = math.inf

    def __init__(self, options: AgentOptions | dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        EventEmitter.__init__(self)
        self.defaultPort = 80
        self.protocol = 'http:'
        given = {**(options or {}), **kwargs}
        self.options: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        if 'noDelay' not in self.options:
            self.options['noDelay'] = True
        # Don't confuse net and make it think that we're connecting to a pipe.
        self.options['path'] = None
        self.requests: dict[str, list[Any]] = {}
        self.sockets: dict[str, list[Any]] = {}
        self.freeSockets: dict[str, list[Any]] = {}
        # Node normalises with ``||``: any JS-falsy value (0, NaN, '') takes the default.
        opts = self.options
        self.keepAliveMsecs = _or(opts.get('keepAliveMsecs'), 1000)
        self.keepAlive = _or(opts.get('keepAlive'), False)
        self.maxSockets = _or(opts.get('maxSockets'), Agent.defaultMaxSockets)
        self.maxFreeSockets = _or(opts.get('maxFreeSockets'), 256)
        self.scheduling = _or(opts.get('scheduling'), 'lifo')
        self.maxTotalSockets: float = self.options.get('maxTotalSockets')  # type: ignore[assignment]
        self.totalSocketCount = 0
        validateOneOf(self.scheduling, 'scheduling', ['fifo', 'lifo'])
        if self.maxTotalSockets is not None:
            validateNumber(self.maxTotalSockets, 'maxTotalSockets', 1)
        else:
            self.maxTotalSockets = math.inf
        self._onKeylog: Callable[..., Any] | None = None
        # Not Node's: agentkeepalive's counters (getCurrentStatus) and the opt-in
        # extensions of docs/extensions.md (None unless one of their options is set).
        self.createSocketCount = self.createSocketErrorCount = self.closeSocketCount = 0
        self.errorSocketCount = self.timeoutSocketCount = self.requestCount = 0
        self._lastStatus: tuple[int, ...] = (0, 0, 0, 0, 0, 0)
        self._ext = _http_agent_ext.fromOptions(self, self.options)
        _agents.add(self)
        self.on('free', self._onFree)
        # Don't emit keylog events unless there is a listener for them.
        self.on('newListener', self._maybeEnableKeylog)

    def _onFree(self, socket: Any, options: dict[str, Any]) -> None:
        """The agent's own ``'free'`` handler: hand the socket on, pool it, or drop it."""
        name = self.getName(options)
        ext = self._ext
        if not socket.writable or (ext is not None and not ext.reusable(socket)):
            socket.destroy()
            return
        requests = self.requests.get(name)
        if requests:
            req = requests.pop(0)
            _setRequestSocket(self, req, socket)
            if not requests:
                del self.requests[name]
            return
        # No pending requests: pool it, but only if we're allowed to.
        req = socket._httpMessage
        if req is None or not req.shouldKeepAlive or not self.keepAlive:
            socket.destroy()
            return
        freeSockets = self.freeSockets.get(name) or []
        freeLen = len(freeSockets)
        count = freeLen
        active = self.sockets.get(name)
        if active:
            count += len(active)
        # JS comparisons: a limit that is not a number is compared as Number(limit).
        if (self.totalSocketCount > toNumber(self.maxTotalSockets)
                or count > toNumber(self.maxSockets)
                or freeLen >= toNumber(self.maxFreeSockets) or not self.keepSocketAlive(socket)):
            socket.destroy()
            return
        self.freeSockets[name] = freeSockets
        socket._httpMessage = None
        self.removeSocket(socket, options)
        socket.once('error', _FreeSocketErrorListener(socket))
        freeSockets.append(socket)
        if ext is not None:
            ext.pooled(socket)

    def _maybeEnableKeylog(self, eventName: Any, *_: Any) -> None:
        if eventName == 'keylog':
            self.removeListener('newListener', self._maybeEnableKeylog)
            agent = self

            def onkeylog(line: bytes, tlsSocket: Any = None) -> None:
                agent.emit('keylog', line, tlsSocket)
            self._onKeylog = onkeylog
            for sockets in list(self.sockets.values()):
                for socket in sockets:
                    _attachKeylog(socket, onkeylog)

    def createConnection(self, *args: Any) -> Any:
        """``net.createConnection(...)`` (Node assigns that function itself; a method here,
        so that a class or object borrowing it gets no extra ``self`` argument)."""
        return net.createConnection(*args)

    def getName(self, options: Any = None) -> str:
        """The pool key: ``host:port:localAddress[:family][:socketPath]``.

        Like Node, it reads the fields off whatever it is given: an options dict
        or an object with those attributes (a ``ClientRequest``).
        """
        if options is None:
            options = {}
        get = options.get if isinstance(options, dict) else _Attrs(options).get
        # The common values (a str host, an int port, absent options) take no call.
        host = get('host')
        if host.__class__ is not str:
            host = toString(host) if truthy(host) else ''
        name = f'{host or "localhost"}:'
        port = get('port')
        if port.__class__ is int:
            if port:
                name += str(port)
        elif port is not None and truthy(port):
            name += toString(port)
        name += ':'
        localAddress = get('localAddress')
        if localAddress is not None and truthy(localAddress):
            name += toString(localAddress)
        family = get('family')
        if family is not None and family in (4, 6) and not isinstance(family, bool):
            name += f':{family}'
        socketPath = get('socketPath')
        if socketPath is not None and truthy(socketPath):
            name += f':{toString(socketPath)}'
        return name

    def addRequest(self, req: Any, options: Any = None, port: Any = None,
                   localAddress: Any = None) -> None:
        """Give ``req`` a pooled socket, a new socket, or a place in the queue."""
        if isinstance(options, str):  # legacy: addRequest(req, host, port, localAddress)
            options = {'host': options, 'port': port, 'localAddress': localAddress}
        ext = getattr(self, '_ext', None)  # a borrowing object has no extensions
        if ext is not None and not ext.added(req, options):
            return
        options = {**(options or {}), **self.options}
        if truthy(options.get('socketPath')):
            options['path'] = options['socketPath']
        _normalizeServerName(options, req)
        name = self.getName(options)
        sockets = self.sockets.get(name)
        if sockets is None:
            sockets = self.sockets[name] = []
        freeSockets = self.freeSockets.get(name)
        socket = None
        if freeSockets is not None:
            while freeSockets and freeSockets[0].destroyed:
                freeSockets.pop(0)
            if freeSockets:
                socket = freeSockets.pop(0) if self.scheduling == 'fifo' else freeSockets.pop()
                if ext is not None:
                    socket = ext.take(socket, freeSockets, self.scheduling == 'fifo')
            if not freeSockets:
                del self.freeSockets[name]
        freeLen = len(freeSockets) if freeSockets is not None else 0
        sockLen = freeLen + len(sockets)
        if socket is not None:
            self.reuseSocket(socket, req)
            _setRequestSocket(self, req, socket)
            sockets.append(socket)
        elif (sockLen < toNumber(self.maxSockets)
              and self.totalSocketCount < toNumber(self.maxTotalSockets)):
            def created(err: BaseException | None, socket: Any = None) -> None:
                if err is not None:
                    req.onSocket(socket, err)
                else:
                    _setRequestSocket(self, req, socket)
            self.createSocket(req, options, created)
        else:
            queue = self.requests.get(name)
            if queue is None:
                queue = self.requests[name] = []
            # Kept to open sockets for this request from another origin's removeSocket.
            req._agentRequestOptions = options
            queue.append(req)
            if ext is not None:
                ext.queued(req, name, queue)

    def createSocket(self, req: Any, options: dict[str, Any],
                     cb: Callable[..., Any]) -> None:
        """Open a socket through ``createConnection`` and register it under its name."""
        options = {**options, **self.options}
        if truthy(options.get('socketPath')):
            options['path'] = options['socketPath']
        _normalizeServerName(options, req)
        name = self.getName(options)
        options['_agentKey'] = name
        options['encoding'] = None
        called = [False]

        def oncreate(err: BaseException | None = None, s: Any = None) -> None:
            if called[0]:
                return
            called[0] = True
            if err is not None:
                _count(self, 'createSocketErrorCount')
                cb(err)
                return
            sockets = self.sockets.get(name)
            if sockets is None:
                sockets = self.sockets[name] = []
            sockets.append(s)
            self.totalSocketCount += 1
            _count(self, 'createSocketCount')
            ext = getattr(self, '_ext', None)
            if ext is not None:
                ext.created(s)
            _installListeners(self, s, options)
            cb(None, s)

        if self.keepAlive:
            options['keepAlive'] = self.keepAlive
            options['keepAliveInitialDelay'] = self.keepAliveMsecs
        newSocket = self.createConnection(options, oncreate)
        if newSocket:
            oncreate(None, newSocket)

    def removeSocket(self, s: Any, options: dict[str, Any]) -> None:
        """Forget ``s``; if requests wait (here, or at another origin), open a socket for one."""
        name = self.getName(options)
        sets = [self.sockets]
        if not s.writable:
            sets.append(self.freeSockets)
        for table in sets:
            sockets = table.get(name)
            if sockets is not None:
                for index, candidate in enumerate(sockets):
                    if candidate is s:
                        del sockets[index]
                        if not sockets:
                            del table[name]
                        break
        req = None
        waiting = self.requests.get(name)
        if waiting:
            req = waiting[0]
        else:
            # Not FIFO across origins (Node's TODO): the first origin in the table
            # gets a socket, unless it already has active ones.
            for prop in self.requests:  # the loop stops at its first key either way
                active = self.sockets.get(prop)
                if active:
                    break
                req = self.requests[prop][0]
                options = req._agentRequestOptions
                break
        if req is not None and options:
            req._agentRequestOptions = None

            def created(err: BaseException | None, socket: Any = None) -> None:
                if err is not None:
                    req.onSocket(socket, err)
                else:
                    socket.emit('free')
            self.createSocket(req, options, created)

    def keepSocketAlive(self, socket: Any) -> bool:
        """Prepare an idle socket for the pool; ``False`` destroys it instead."""
        socket.setKeepAlive(True, self.keepAliveMsecs)
        socket.unref()
        agentTimeout = _or(self.options.get('timeout'), 0)
        canKeepSocketAlive = True
        message = socket._httpMessage
        res = getattr(message, 'res', None) if message is not None else None
        if res is not None:
            hint_header = res.headers.get('keep-alive')
            if hint_header:
                match = _KEEP_ALIVE_HINT.match(hint_header)
                if match:
                    # Expire before the server's announced timeout, to avoid ECONNRESET.
                    hint = max(int(match.group(1)) * 1000 - 1000, 0)
                    if hint == 0:
                        canKeepSocketAlive = False
                    elif hint < agentTimeout:
                        agentTimeout = hint
        if socket.timeout != agentTimeout:
            socket.setTimeout(agentTimeout)
        return canKeepSocketAlive

    def reuseSocket(self, socket: Any, req: Any) -> None:
        """Take an idle socket out of the pool for ``req``."""
        socket.removeListener('error', _FreeSocketErrorListener(socket))
        req.reusedSocket = True
        socket.ref()

    def destroy(self) -> None:
        """Destroy every pooled and active socket (queued requests stay queued)."""
        for table in (self.freeSockets, self.sockets):
            for sockets in list(table.values()):
                for socket in list(sockets):
                    socket.destroy()

    # -- not Node's: agentkeepalive's status, graceful close (docs/extensions.md) ----------

    def getCurrentStatus(self) -> dict[str, Any]:
        """agentkeepalive's counters, and the number of sockets/requests per name."""
        return {
            'createSocketCount': self.createSocketCount,
            'createSocketErrorCount': self.createSocketErrorCount,
            'closeSocketCount': self.closeSocketCount,
            'errorSocketCount': self.errorSocketCount,
            'timeoutSocketCount': self.timeoutSocketCount,
            'requestCount': self.requestCount,
            'freeSockets': {name: len(v) for name, v in self.freeSockets.items()},
            'sockets': {name: len(v) for name, v in self.sockets.items()},
            'requests': {name: len(v) for name, v in self.requests.items()},
        }

    @property
    def statusChanged(self) -> bool:
        """Did a counter change since the last time this was read? (agentkeepalive)"""
        now = (self.createSocketCount, self.createSocketErrorCount, self.closeSocketCount,
               self.errorSocketCount, self.timeoutSocketCount, self.requestCount)
        changed = now != self._lastStatus
        self._lastStatus = now
        return changed

    async def close(self, timeout: float | None = None) -> None:
        """Stop handing out sockets, fail queued requests (``ERR_AGENT_CLOSED``), close idle
        sockets, wait for active ones (at most ``timeout`` ms, then ``destroy()``)."""
        if self._ext is None:
            self._ext = _http_agent_ext.AgentExtensions(self, {})
        await self._ext.close(timeout)

    async def __aenter__(self) -> Agent:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


def _or(value: Any, default: Any) -> Any:
    """JavaScript's ``value || default``."""
    return value if value is not None and truthy(value) else default


def _normalizeServerName(options: dict[str, Any], req: Any) -> None:
    servername = options.get('servername')
    if not servername and servername != '':
        options['servername'] = _calculateServerName(options, req)


def _calculateServerName(options: dict[str, Any], req: Any) -> str:
    servername = options.get('host')
    hostHeader = req.getHeader('host')
    if hostHeader:
        validateString(hostHeader, 'options.headers.host')
        if hostHeader.startswith('['):
            index = hostHeader.find(']')
            servername = hostHeader if index == -1 else hostHeader[1:index]
        else:
            servername = hostHeader.split(':', 1)[0]
    if net.isIP(servername):
        servername = ''
    return servername  # type: ignore[return-value]


def _count(agent: Any, counter: str) -> None:
    """One more in an agentkeepalive counter (a borrowing object may not carry them yet)."""
    setattr(agent, counter, getattr(agent, counter, 0) + 1)


def _attachKeylog(socket: Any, onkeylog: Callable[..., Any]) -> None:
    socket.on('keylog', lambda line: onkeylog(line, socket))


def _installListeners(agent: Agent, s: Any, options: dict[str, Any]) -> None:
    listeners = _SocketListeners(agent, s, options)
    s.on('free', listeners.onFree)
    s.on('close', listeners.onClose)
    s.on('timeout', listeners.onTimeout)
    s.on('agentRemove', listeners.onRemove)
    onKeylog = getattr(agent, '_onKeylog', None)  # an agent-like object may have none
    if onKeylog is not None:
        _attachKeylog(s, onKeylog)


class _SocketListeners:
    """``installListeners``' closures over (agent, s, options) as one record whose
    bound methods are the listeners (a bound method compares equal to another of the
    same record, so ``removeListener`` finds it): 0.3 KiB per pooled socket where
    four closures and their cells took 1.1 KiB."""

    __slots__ = ('agent', 's', 'options')

    def __init__(self, agent: Agent, s: Any, options: dict[str, Any]) -> None:
        self.agent = agent
        self.s = s
        self.options = options

    def onFree(self, *_: Any) -> None:
        s = self.s
        if s._httpMessage is not None:
            _count(self.agent, 'requestCount')
        self.agent.emit('free', s, self.options)

    def onClose(self, *_: Any) -> None:
        # The only place where sockets get removed from the Agent: to remove a
        # socket from the pool, close it. All socket errors end in a close event.
        agent = self.agent
        agent.totalSocketCount -= 1
        _count(agent, 'closeSocketCount')
        if _ and _[0]:
            _count(agent, 'errorSocketCount')
        agent.removeSocket(self.s, self.options)
        ext = getattr(agent, '_ext', None)
        if ext is not None:
            ext.closed(self.s)

    def onTimeout(self, *_: Any) -> None:
        s = self.s
        _count(self.agent, 'timeoutSocketCount')
        # Destroy if in a free list (Node's TODO: always destroy).
        for sockets in self.agent.freeSockets.values():
            if any(candidate is s for candidate in sockets):
                s.destroy()
                return

    def onRemove(self, *_: Any) -> None:
        # For sockets taken over (upgrade, CONNECT): they leave the pool for good.
        agent = self.agent
        s = self.s
        agent.totalSocketCount -= 1
        agent.removeSocket(s, self.options)
        s.removeListener('close', self.onClose)
        s.removeListener('free', self.onFree)
        s.removeListener('timeout', self.onTimeout)
        s.removeListener('agentRemove', self.onRemove)


def _setRequestSocket(agent: Agent, req: Any, socket: Any) -> None:
    ext = getattr(agent, '_ext', None)
    if ext is not None:
        ext.assigned(req, socket)
    req.onSocket(socket)
    agentTimeout = _or(agent.options.get('timeout'), 0)
    if req.timeout is None or req.timeout == agentTimeout:
        return
    socket.setTimeout(req.timeout)


_agents: weakref.WeakSet[Agent] = weakref.WeakSet()


def _loopClosed(obj: Any) -> bool:
    life = getattr(obj, '_life', None)
    return life is not None and life.loop.is_closed()


def _forgetClosedLoops() -> None:
    """Before a new ``process.run``: drop sockets and queued requests whose loop is gone.

    Node's process ends with its pool; an agent that outlives a ``run()`` here
    (``globalAgent``) must not hand a dead socket to the next one.
    """
    for agent in list(_agents):
        for table in (agent.sockets, agent.freeSockets, agent.requests):
            for name in list(table):
                alive = [item for item in table[name] if not _loopClosed(item)]
                if table is not agent.requests:
                    agent.totalSocketCount -= len(table[name]) - len(alive)
                if alive:
                    table[name] = alive
                else:
                    del table[name]


process.beforeRun.append(_forgetClosedLoops)

globalAgent: Agent = Agent({'keepAlive': True, 'scheduling': 'lifo', 'timeout': 5000})
