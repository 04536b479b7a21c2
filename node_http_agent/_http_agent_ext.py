"""What ``http.Agent`` does beyond Node, opt-in (docs/extensions.md).

Node's ``_http_agent.py`` keeps Node's code path; where an extension acts it
makes one check, ``if agent._ext is not None:``, and calls in here. An agent
built without any of these options has no ``_ext`` (``close()`` makes one on
demand), so every default is Node's behaviour.

- ``freeSocketTimeout``, ``socketActiveTTL`` (agentkeepalive 4.x's names):
  idle lifetime in the pool, and the age after which a socket is not reused.
- ``maxRequestsPerSocket``: a socket that carried this many requests is closed
  instead of reused.
- ``checkIdleSocket``: before a pooled socket is handed out, a non-blocking
  ``MSG_PEEK`` finds an EOF, a reset or unsolicited bytes waiting in the
  kernel; such a socket is dropped.
- ``maxQueuedRequests``, ``queueTimeout``: bounded wait for a socket
  (``ERR_AGENT_QUEUE_FULL``, ``ERR_AGENT_QUEUE_TIMEOUT``).
- ``retryStaleSocket``: an idempotent, fully buffered request that fails with
  ``ECONNRESET``/``EPIPE``/``socket hang up`` on a reused connection before
  any response byte is sent again on a fresh socket (``'retry'`` event).
- ``close()``: graceful shutdown (``ERR_AGENT_CLOSED`` for queued requests).
"""

from __future__ import annotations

import asyncio
import socket as _socket
import time
from typing import Any

from .errors import ERR_AGENT_CLOSED, ERR_AGENT_QUEUE_FULL, ERR_AGENT_QUEUE_TIMEOUT
from .timers import clearTimeout, setTimeout
from .validators import validateInteger, validateNumber

__all__ = ['OPTIONS', 'AgentExtensions', 'fromOptions']

#: The option names that are not Node's; any of them set makes an agent's ``_ext``.
OPTIONS = ('freeSocketTimeout', 'socketActiveTTL', 'maxRequestsPerSocket', 'checkIdleSocket',
           'maxQueuedRequests', 'queueTimeout', 'retryStaleSocket')
IDEMPOTENT = frozenset(('GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'))
_STALE_CODES = frozenset(('ECONNRESET', 'EPIPE'))
_PEEK = getattr(_socket, 'MSG_PEEK', 0) | getattr(_socket, 'MSG_DONTWAIT', 0)


def fromOptions(agent: Any, options: dict[str, Any]) -> AgentExtensions | None:
    """The agent's extensions, or ``None`` when no extension option is set (Node's agent)."""
    for name in OPTIONS:
        if options.get(name) is not None and options.get(name) is not False:
            return AgentExtensions(agent, options)
    return None


def _optionalMs(options: dict[str, Any], name: str) -> float:
    value = options.get(name)
    if value is None or value is False:
        return 0
    validateNumber(value, f'options.{name}', 0)
    return value  # type: ignore[no-any-return]


class AgentExtensions:
    """One agent's extension state; ``agent._ext``."""

    def __init__(self, agent: Any, options: dict[str, Any]) -> None:
        self.agent = agent
        self.freeSocketTimeout = _optionalMs(options, 'freeSocketTimeout')
        self.socketActiveTTL = _optionalMs(options, 'socketActiveTTL')
        self.queueTimeout = _optionalMs(options, 'queueTimeout')
        maxRequests = options.get('maxRequestsPerSocket')
        if maxRequests is not None:
            validateInteger(maxRequests, 'options.maxRequestsPerSocket', 1)
        self.maxRequestsPerSocket = maxRequests or 0
        maxQueued = options.get('maxQueuedRequests')
        if maxQueued is not None:
            validateInteger(maxQueued, 'options.maxQueuedRequests', 0)
        self.maxQueuedRequests = maxQueued
        self.checkIdleSocket = bool(options.get('checkIdleSocket'))
        retry = options.get('retryStaleSocket')
        if retry is True:
            retry = 1
        elif retry is None or retry is False:
            retry = 0
        else:
            validateInteger(retry, 'options.retryStaleSocket', 0)
        self.retryStaleSocket: int = retry
        self.closing = False
        self._drained: asyncio.Future[None] | None = None

    # -- sockets: created, assigned, pooled, taken, closed ------------------------------

    def created(self, socket: Any) -> None:
        socket._extCreatedAt = time.monotonic()
        socket._extRequests = 0

    def assigned(self, req: Any, socket: Any) -> None:
        """``req`` got ``socket`` (new, pooled, or handed on from the previous request)."""
        count = getattr(socket, '_extRequests', 0) + 1
        socket._extRequests = count
        timer = getattr(req, '_extQueueTimer', None)
        if timer is not None:
            clearTimeout(timer)
            req._extQueueTimer = None
        active = getattr(socket, '_extActiveTimeout', None)
        if active is not None:  # back from the pool: the idle lifetime no longer applies
            socket._extActiveTimeout = None
            if socket.timeout != active:
                socket.setTimeout(active)
        retry = req._retry
        if retry is not None:
            retry.reused = count > 1
            if retry.socketTimeout:  # what req.setTimeout() gave the socket it lost
                socket.setTimeout(retry.socketTimeout)
                retry.socketTimeout = None

    def reusable(self, socket: Any) -> bool:
        """May ``socket`` carry another request (pooled or handed to a queued one)?"""
        if self.closing:
            return False
        if self.maxRequestsPerSocket and \
                getattr(socket, '_extRequests', 0) >= self.maxRequestsPerSocket:
            return False
        return not (self.socketActiveTTL and self._ttlLeft(socket) <= 0)

    def _ttlLeft(self, socket: Any) -> float:
        created = getattr(socket, '_extCreatedAt', None)
        if created is None:
            return self.socketActiveTTL
        return self.socketActiveTTL - (time.monotonic() - float(created)) * 1000

    def pooled(self, socket: Any) -> None:
        """``socket`` went into the free list: give it its idle lifetime (agentkeepalive's
        ``calcSocketTimeout``), never longer than its TTL left or the server's hint."""
        idle = self.freeSocketTimeout
        if self.socketActiveTTL:
            left = self._ttlLeft(socket)
            if not idle or left < idle:
                idle = max(left, 1)
        if not idle:
            return
        current = socket.timeout or 0
        socket._extActiveTimeout = current
        agentTimeout = self.agent.options.get('timeout') or 0
        if current and current < agentTimeout and current < idle:
            idle = current  # keepSocketAlive lowered Node's timeout to the server's hint
        if socket.timeout != idle:
            socket.setTimeout(idle)

    def take(self, socket: Any, freeSockets: list[Any], fifo: bool) -> Any:
        """``socket`` was just taken from the free list: hand out it or a usable other one."""
        while socket is not None:
            if not socket.destroyed and self.reusable(socket) and \
                    not (self.checkIdleSocket and _peerGone(socket)):
                return socket
            if not socket.destroyed:
                socket.destroy()  # its 'close' takes it out of the agent's maps
            if not freeSockets:
                return None
            socket = freeSockets.pop(0) if fifo else freeSockets.pop()
        return None

    def closed(self, socket: Any) -> None:
        drained = self._drained
        if drained is not None and not drained.done() and self.idle():
            drained.set_result(None)

    def idle(self) -> bool:
        agent = self.agent
        return not agent.sockets and not agent.freeSockets

    # -- requests: added, queued ---------------------------------------------------------

    def added(self, req: Any, options: Any) -> bool:
        """``addRequest`` was called; ``False`` when the request was failed instead."""
        if self.closing:
            req.onSocket(None, ERR_AGENT_CLOSED())
            return False
        if self.retryStaleSocket and req._retry is None and req.method in IDEMPOTENT:
            req._retry = _Retry(self, options)
        return True

    def queued(self, req: Any, name: str, queue: list[Any]) -> None:
        """``req`` was appended to ``agent.requests[name]``: enforce the queue limits."""
        limit = self.maxQueuedRequests
        if limit is not None and len(queue) > limit:
            queue.pop()
            if not queue:
                del self.agent.requests[name]
            req._agentRequestOptions = None
            req.onSocket(None, ERR_AGENT_QUEUE_FULL(limit, name))
            return
        if self.queueTimeout:
            req._extQueueTimer = setTimeout(self._queueTimedOut, self.queueTimeout, req, name)
            req._extQueueTimer.unref()

    def _queueTimedOut(self, req: Any, name: str) -> None:
        req._extQueueTimer = None
        if not _unqueue(self.agent, req, name):
            return
        if not req.destroyed:
            req.onSocket(None, ERR_AGENT_QUEUE_TIMEOUT(self.queueTimeout))

    # -- close() ----------------------------------------------------------------------------

    async def close(self, timeout: float | None) -> None:
        agent = self.agent
        self.closing = True
        for name, queue in list(agent.requests.items()):
            for req in list(queue):
                _unqueue(agent, req, name)
                if not req.destroyed:
                    req.onSocket(None, ERR_AGENT_CLOSED())
        for sockets in list(agent.freeSockets.values()):
            for socket in list(sockets):
                socket.destroy()
        if self.idle():
            return
        if self._drained is None or self._drained.done():
            self._drained = asyncio.get_running_loop().create_future()
        try:
            if timeout is None:
                await asyncio.shield(self._drained)
            else:
                await asyncio.wait_for(asyncio.shield(self._drained), timeout / 1000)
        except asyncio.TimeoutError:
            agent.destroy()
            if not self.idle():
                await asyncio.shield(self._drained)


def _unqueue(agent: Any, req: Any, name: str) -> bool:
    queue = agent.requests.get(name)
    if not queue:
        return False
    for index, candidate in enumerate(queue):
        if candidate is req:
            del queue[index]
            if not queue:
                del agent.requests[name]
            req._agentRequestOptions = None
            timer = getattr(req, '_extQueueTimer', None)
            if timer is not None:
                clearTimeout(timer)
                req._extQueueTimer = None
            return True
    return False


def _peerGone(socket: Any) -> bool:
    """Is an EOF, an error, or an unsolicited byte waiting on this idle socket? (no blocking)"""
    raw = socket._rawSocket() if hasattr(socket, '_rawSocket') else None
    if raw is None:
        return bool(getattr(socket, 'readableEnded', False))
    try:
        probe = _socket.socket(fileno=raw.fileno())
    except OSError:
        return True
    try:
        probe.recv(1, _PEEK)  # b'' (EOF) or a byte: either way not reusable
    except (BlockingIOError, InterruptedError):
        return False  # nothing waiting: alive
    except OSError:
        return True  # ECONNRESET and the like
    finally:
        probe.detach()
    return True  # b'' is EOF; bytes nobody asked for make the socket unusable too


class _Retry:
    """``retryStaleSocket`` state of one idempotent request (``req._retry``)."""

    __slots__ = ('ext', 'options', 'left', 'reused', 'output', 'outputSize', 'finished',
                 'bytesRead', 'count', 'socketTimeout')

    def __init__(self, ext: AgentExtensions, options: Any) -> None:
        self.ext = ext
        self.options = options
        self.left = ext.retryStaleSocket
        self.reused = False
        self.output: list[Any] | None = None
        self.outputSize = 0
        self.finished = False
        self.bytesRead = 0
        self.count = 0
        self.socketTimeout: float | None = None  # the dead socket's, for the new one

    def snapshot(self, req: Any, socket: Any) -> None:
        """The socket is about to be attached: keep the buffered request, if it is all there."""
        self.output = None
        if not self.reused or not self.left or not req.finished or req._header is None:
            return  # a streamed body (end() not called yet) is never sent twice
        self.output = list(req.outputData)
        self.outputSize = req.outputSize
        self.bytesRead = getattr(socket, 'bytesRead', 0)
        if not self.finished:
            req.once('finish', self._onFinish)

    def _onFinish(self, *_: Any) -> None:
        self.finished = True

    def attempt(self, req: Any, err: BaseException) -> bool:
        """Called instead of emitting ``err``: ``True`` if the request is being sent again."""
        socket = req.socket
        if (self.output is None or req.destroyed or req.res is not None or socket is None
                or getattr(err, 'code', None) not in _STALE_CODES
                or getattr(socket, 'bytesRead', 0) != self.bytesRead):
            return False
        agent = self.ext.agent
        if req.agent is not agent or self.ext.closing:
            return False
        self.left -= 1
        self.count += 1
        self.socketTimeout = socket.timeout
        _detach(req, socket)
        output = self.output if not self.finished else [_withoutCallback(e) for e in self.output]
        self.output = None
        req.outputData = output
        req.outputSize = self.outputSize
        req.reusedSocket = False
        req.emit('retry', err, self.count)
        # Back to the head of the queue: the dead socket's 'close' makes a new socket for
        # it (Node's removeSocket), so the pool counts stay as they were.
        options = {**self.options, **agent.options}
        if options.get('socketPath'):
            options['path'] = options['socketPath']
        name = agent.getName(options)
        active = agent.sockets.get(name)
        if active is not None and any(s is socket for s in active):
            req._agentRequestOptions = options
            agent.requests.setdefault(name, []).insert(0, req)
        else:  # already gone from the maps: replace it directly
            def created(error: BaseException | None, fresh: Any = None) -> None:
                if error is not None:
                    req.onSocket(fresh, error)
                else:
                    from ._http_agent import _setRequestSocket
                    _setRequestSocket(agent, req, fresh)
            agent.createSocket(req, options, created)
        return True


def _withoutCallback(entry: Any) -> Any:
    if isinstance(entry, dict):
        return {**entry, 'callback': None}
    return (entry[0], None, *entry[2:]) if len(entry) > 2 else (entry[0], None)


def _detach(req: Any, socket: Any) -> None:
    """Unhook ``req`` from a dead socket, so nothing that socket still emits reaches it."""
    # Imported here: _http_client imports the agent, which imports this module.
    from ._http_client import _EmitRequestTimeout, _ResponseOnTimeout, _SocketErrorListener
    glue = req._glue
    socket.removeListener('close', glue.onClose)
    socket.removeListener('error', _SocketErrorListener(socket))
    socket.removeListener('data', glue.onData)
    socket.removeListener('end', glue.onEnd)
    socket.removeListener('drain', glue.onDrain)
    socket.removeListener('timeout', _EmitRequestTimeout(socket))
    socket.removeListener('timeout', _ResponseOnTimeout(socket))
    # req.setTimeout() before the socket came left a 'socket' listener that arms the
    # timeout on each socket: keep it as timeoutCb, so it arms the new one (once).
    req.timeoutCb = None
    for listener in req.listeners('socket'):
        if getattr(listener, '__qualname__', '').startswith('ClientRequest._listenSocketTimeout'):
            req.timeoutCb = listener
    socket._httpMessage = None
    socket.destroy()
    req.socket = None
    req.parser = None
