"""``diagnostics_channel``: named channels for observing what the library does (Node 20).

A port of Node 20's ``lib/diagnostics_channel.js``: ``channel``,
``subscribe``, ``unsubscribe``, ``hasSubscribers``, ``Channel`` (``publish``,
``subscribe``, ``unsubscribe``, ``bindStore``, ``unbindStore``, ``runStores``)
and ``tracingChannel`` (``start``/``end``/``asyncStart``/``asyncEnd``/``error``
with ``traceSync``/``tracePromise``/``traceCallback``).

As in Node, the table of channels holds a channel weakly until it has a
subscriber or a bound store, and strongly while it has one; a channel nobody
subscribes to costs its publishers one attribute read (``if ch.hasSubscribers:``).

The built-in channels, published with Node 20's message dicts:
``http.client.request.start`` ``{request}``, ``http.client.request.error``
``{request, error}``, ``http.client.response.finish`` ``{request, response}``,
``http.server.request.start`` and ``http.server.response.finish``
``{request, response, socket, server}``, ``net.client.socket`` and
``net.server.socket`` ``{socket}``, and the tracing channel
``net.server.listen`` (``asyncStart`` ``{server, options}``, ``asyncEnd``
``{server}``, ``error`` ``{server, error}``).

https://nodejs.org/docs/latest-v20.x/api/diagnostics_channel.html
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import weakref
from collections.abc import Callable
from typing import Any

from .errors import ERR_INVALID_ARG_TYPE
from .process import nextTick
from .util import Symbol
from .validators import validateFunction

__all__ = ['channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe',
           'Channel', 'TracingChannel']

#: name -> Channel, held weakly: a channel nobody holds or subscribes to goes away.
_channels: weakref.WeakValueDictionary[Any, Channel] = weakref.WeakValueDictionary()
#: Node's ``incRef``: a channel with subscribers or stores is held strongly.
_held: dict[Any, list[Any]] = {}


def _incRef(ch: Channel) -> None:
    entry = _held.get(ch.name)
    if entry is None:
        _held[ch.name] = [ch, 1]
    else:
        entry[1] += 1


def _decRef(ch: Channel) -> None:
    entry = _held.get(ch.name)
    if entry is not None:
        entry[1] -= 1
        if entry[1] <= 0:
            del _held[ch.name]


def _rethrow(err: BaseException) -> None:
    raise err


def _runInStore(store: Any, context: Any, next: Callable[[], Any]) -> Any:
    """``store.run(context, next)``; a ``contextvars.ContextVar`` is Python's AsyncLocalStorage."""
    if isinstance(store, contextvars.ContextVar):
        token = store.set(context)
        try:
            return next()
        finally:
            store.reset(token)
    return store.run(context, next)


def _wrapStoreRun(store: Any, data: Any, next: Callable[[], Any],
                  transform: Callable[[Any], Any] | None) -> Callable[[], Any]:
    def run() -> Any:
        try:
            context = transform(data) if transform is not None else data
        except Exception as err:  # noqa: BLE001 - Node reports it as uncaught, later
            nextTick(_rethrow, err)
            return next()
        return _runInStore(store, context, next)
    return run


class Channel:
    """Node's ``Channel``: get one with ``channel(name)``."""

    def __init__(self, name: Any) -> None:
        self.name = name
        #: ``True`` while anything is subscribed or bound: the one check publishers make.
        self.hasSubscribers = False
        self._subscribers: tuple[Callable[..., Any], ...] = ()
        self._stores: dict[Any, Callable[[Any], Any] | None] = {}
        _channels[name] = self

    def _update(self) -> None:
        self.hasSubscribers = bool(self._subscribers or self._stores)

    def subscribe(self, subscription: Callable[..., Any]) -> None:
        """Call ``subscription(message, name)`` on every ``publish``."""
        validateFunction(subscription, 'subscription')
        # A fresh tuple: a publish already running keeps the list it started with.
        self._subscribers = (*self._subscribers, subscription)
        _incRef(self)
        self.hasSubscribers = True

    def unsubscribe(self, subscription: Callable[..., Any]) -> bool:
        """Node's ``channel.unsubscribe()``."""
        subscribers = self._subscribers
        for index, candidate in enumerate(subscribers):
            if candidate == subscription:
                self._subscribers = subscribers[:index] + subscribers[index + 1:]
                _decRef(self)
                self._update()
                return True
        return False

    def bindStore(self, store: Any, transform: Callable[[Any], Any] | None = None) -> None:
        """Run ``runStores`` callers inside ``store`` (an object with ``run(value, fn)``,
        or a ``contextvars.ContextVar``), set to ``transform(message)``."""
        if store not in self._stores:
            _incRef(self)
        self._stores[store] = transform
        self.hasSubscribers = True

    def unbindStore(self, store: Any) -> bool:
        """Node's ``channel.unbindStore()``."""
        if store not in self._stores:
            return False
        del self._stores[store]
        _decRef(self)
        self._update()
        return True

    def publish(self, data: Any = None) -> None:
        """Send ``data`` to every subscriber; one that raises is reported as uncaught, later."""
        for onMessage in self._subscribers:
            try:
                onMessage(data, self.name)
            except Exception as err:  # noqa: BLE001 - Node: triggerUncaughtException on next tick
                nextTick(_rethrow, err)

    def runStores(self, data: Any, fn: Callable[..., Any], thisArg: Any = None,
                  *args: Any) -> Any:
        """Publish ``data`` and call ``fn(*args)`` with every bound store entered.

        ``thisArg`` is kept for a mechanical port; a Python callable carries its own ``self``.
        """
        if not self.hasSubscribers:
            return fn(*args)

        def run() -> Any:
            self.publish(data)
            return fn(*args)
        for store, transform in list(self._stores.items()):
            run = _wrapStoreRun(store, data, run, transform)
        return run()

    def __repr__(self) -> str:
        return f'Channel {{ name: {self.name!r} }}'


def channel(name: Any) -> Channel:
    """The channel called ``name`` (a ``str`` or ``util.Symbol``), made on first use."""
    if name.__class__ is not str and not isinstance(name, (str, Symbol)):
        raise ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name)
    found = _channels.get(name)
    if found is not None:
        return found
    return Channel(name)


def subscribe(name: Any, subscription: Callable[..., Any]) -> None:
    """Node's ``diagnostics_channel.subscribe()``."""
    channel(name).subscribe(subscription)


def unsubscribe(name: Any, subscription: Callable[..., Any]) -> bool:
    """Node's ``diagnostics_channel.unsubscribe()``."""
    return channel(name).unsubscribe(subscription)


def hasSubscribers(name: Any) -> bool:
    """Node's ``diagnostics_channel.hasSubscribers()``."""
    if not isinstance(name, (str, Symbol)):
        return False
    found = _channels.get(name)
    return found is not None and found.hasSubscribers


_traceEvents = ('start', 'end', 'asyncStart', 'asyncEnd', 'error')


def _tracingChannelFrom(nameOrChannels: Any, name: str) -> Channel:
    if isinstance(nameOrChannels, str):
        return channel(f'tracing:{nameOrChannels}:{name}')
    if isinstance(nameOrChannels, dict) or (
            nameOrChannels is not None and hasattr(nameOrChannels, name)):
        found = (nameOrChannels.get(name) if isinstance(nameOrChannels, dict)
                 else getattr(nameOrChannels, name))
        if not isinstance(found, Channel):
            raise ERR_INVALID_ARG_TYPE(f'nameOrChannels.{name}', ['Channel'], found)
        return found
    raise ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
                               nameOrChannels)


class TracingChannel:
    """Node's ``TracingChannel``: five channels around one traced operation."""

    start: Channel
    end: Channel
    asyncStart: Channel
    asyncEnd: Channel
    error: Channel

    def __init__(self, nameOrChannels: Any) -> None:
        for eventName in _traceEvents:
            setattr(self, eventName, _tracingChannelFrom(nameOrChannels, eventName))

    @property
    def hasSubscribers(self) -> bool:
        """Node's ``tracingChannel.hasSubscribers``."""
        return (self.start.hasSubscribers or self.end.hasSubscribers
                or self.asyncStart.hasSubscribers or self.asyncEnd.hasSubscribers
                or self.error.hasSubscribers)

    def subscribe(self, handlers: dict[str, Callable[..., Any]]) -> None:
        """Node's ``tracingChannel.subscribe()``."""
        for name in _traceEvents:
            if handlers.get(name):
                getattr(self, name).subscribe(handlers[name])

    def unsubscribe(self, handlers: dict[str, Callable[..., Any]]) -> bool:
        """Node's ``tracingChannel.unsubscribe()``."""
        done = True
        for name in _traceEvents:
            if handlers.get(name) and not getattr(self, name).unsubscribe(handlers[name]):
                done = False
        return done

    def traceSync(self, fn: Callable[..., Any], context: dict[str, Any] | None = None,
                  thisArg: Any = None, *args: Any) -> Any:
        """Call ``fn(*args)`` between ``start`` and ``end``; ``error`` if it raises."""
        if not self.hasSubscribers:
            return fn(*args)
        if context is None:
            context = {}
        end, error = self.end, self.error

        def traced() -> Any:
            try:
                result = fn(*args)
                context['result'] = result
                return result
            except Exception as err:
                context['error'] = err
                error.publish(context)
                raise
            finally:
                end.publish(context)
        return self.start.runStores(context, traced)

    def tracePromise(self, fn: Callable[..., Any], context: dict[str, Any] | None = None,
                     thisArg: Any = None, *args: Any) -> Any:
        """Call ``fn(*args)`` (it returns an awaitable) between ``start`` and ``end``;
        ``asyncStart``/``asyncEnd`` when it settles. Returns a future (Node's Promise)."""
        if not self.hasSubscribers:
            return fn(*args)
        if context is None:
            context = {}
        end, asyncStart, asyncEnd, error = self.end, self.asyncStart, self.asyncEnd, self.error

        def settled(inner: asyncio.Future[Any], outer: asyncio.Future[Any]) -> None:
            if inner.cancelled():
                outer.cancel()
                return
            err = inner.exception()
            if err is not None:
                context['error'] = err
                error.publish(context)
            else:
                context['result'] = inner.result()
            asyncStart.publish(context)
            # Node's TODO too: asyncEnd comes before the continuation, not after it.
            asyncEnd.publish(context)
            if outer.cancelled():
                return
            if err is not None:
                outer.set_exception(err)
            else:
                outer.set_result(inner.result())

        def traced() -> Any:
            try:
                result = fn(*args)
                loop = asyncio.get_running_loop()
                inner: asyncio.Future[Any]
                if inspect.isawaitable(result):
                    inner = asyncio.ensure_future(result)  # not a loop entry: a JS promise
                else:  # Node converts a plain value with Promise.resolve
                    inner = loop.create_future()
                    inner.set_result(result)
                outer = loop.create_future()
                inner.add_done_callback(lambda f: settled(f, outer))  # not a loop entry: a promise reaction
                return outer
            except Exception as err:
                context['error'] = err
                error.publish(context)
                raise
            finally:
                end.publish(context)
        return self.start.runStores(context, traced)

    def traceCallback(self, fn: Callable[..., Any], position: int = -1,
                      context: dict[str, Any] | None = None, thisArg: Any = None,
                      *args: Any) -> Any:
        """Call ``fn(*args)`` whose ``args[position]`` is a Node-style ``(err, result)``
        callback; ``asyncStart``/``asyncEnd`` around that callback."""
        if not self.hasSubscribers:
            return fn(*args)
        if context is None:
            context = {}
        end, asyncStart, asyncEnd, error = self.end, self.asyncStart, self.asyncEnd, self.error
        args_list = list(args)
        callback = args_list[position] if -len(args_list) <= position < len(args_list) else None
        validateFunction(callback, 'callback')

        def wrappedCallback(err: Any = None, res: Any = None, *rest: Any) -> None:
            if err:
                context['error'] = err
                error.publish(context)
            else:
                context['result'] = res

            def call() -> Any:
                try:
                    return callback(err, res, *rest)  # type: ignore[misc]
                finally:
                    asyncEnd.publish(context)
            asyncStart.runStores(context, call)

        args_list[position] = wrappedCallback

        def traced() -> Any:
            try:
                return fn(*args_list)
            except Exception as err:
                context['error'] = err
                error.publish(context)
                raise
            finally:
                end.publish(context)
        return self.start.runStores(context, traced)


def tracingChannel(nameOrChannels: Any) -> TracingChannel:
    """The five channels ``tracing:<name>:start|end|asyncStart|asyncEnd|error``."""
    return TracingChannel(nameOrChannels)


# -- the channels this library publishes on (module state, as Node keeps them) ----------

httpClientRequestStart = channel('http.client.request.start')
httpClientRequestError = channel('http.client.request.error')
httpClientResponseFinish = channel('http.client.response.finish')
httpServerRequestStart = channel('http.server.request.start')
httpServerResponseFinish = channel('http.server.response.finish')
netClientSocket = channel('net.client.socket')
netServerSocket = channel('net.server.socket')
netServerListen = tracingChannel('net.server.listen')
