"""Node's ``internal/streams/operators.js``: ``readable.map()``, ``filter()``, ``toArray()``, ...

The stream-returning operators (``map``, ``filter``, ``flatMap``, ``drop``,
``take``, ``asIndexedPairs``, ``compose``) give a new ``Readable`` over an
async generator, as Node's ``lib/stream.js`` wraps them in ``Readable.from``.
The promise-returning ones (``toArray``, ``forEach``, ``some``, ``every``,
``find``, ``reduce``) validate at call time and return an awaitable (a task
running Node's async function). ``fn`` is called as Node calls it:
``fn(value, {'signal': signal})`` (``reduce``: ``reducer(acc, value,
{'signal': ...})``); a coroutine it returns is awaited.

:func:`attach` puts them on ``Readable`` (Node's ``lib/stream.js`` loop).
"""

from __future__ import annotations

import asyncio
import inspect
import math
import warnings
from collections.abc import AsyncIterator, Callable
from typing import Any

from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    AbortError,
)
from ..util import UNDEFINED, Symbol
from ..validators import validateAbortSignal, validateInteger, validateObject
from .utils import spawn

__all__ = ['streamReturningOperators', 'promiseReturningOperators', 'attach']

kEmpty = Symbol('kEmpty')
kEof = Symbol('kEof')


def _options(options: Any, kwargs: dict[str, Any]) -> Any:
    if kwargs:
        return {**options, **kwargs} if isinstance(options, dict) else kwargs
    return options


def _validateOptions(options: Any) -> Any:
    """``validateObject(options)`` and its ``signal``; the signal or ``None``."""
    if options is None:
        return None
    validateObject(options, 'options')
    signal = options.get('signal')
    if signal is not None:
        validateAbortSignal(signal, 'options.signal')
    return signal


def _validateFn(fn: Any, name: str = 'fn') -> None:
    if not callable(fn):
        raise ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn)


async def _settle(value: Any) -> Any:
    """``await value``: a coroutine or future is awaited, anything else is itself."""
    if inspect.isawaitable(value):
        return await value
    return value


def compose(self: Any, stream: Any, options: Any = None, **kwargs: Any) -> Any:
    from .add_abort_signal import addAbortSignalNoValidate
    from .compose import compose as staticCompose
    from .utils import isNodeStream, isWritable
    options = _options(options, kwargs)
    signal = _validateOptions(options)

    if isNodeStream(stream) and not isWritable(stream):
        raise ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable')

    composedStream = staticCompose(self, stream)

    if signal:
        # Not validating as we already validated before
        addAbortSignalNoValidate(signal, composedStream)

    return composedStream


def map(self: Any, fn: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    _validateFn(fn)
    options = _options(options, kwargs)
    userSignal = _validateOptions(options)

    concurrency = 1
    if options is not None and options.get('concurrency') is not None:
        concurrency = _floor(options['concurrency'])

    highWaterMark = concurrency - 1
    if options is not None and options.get('highWaterMark') is not None:
        highWaterMark = _floor(options['highWaterMark'])

    validateInteger(concurrency, 'options.concurrency', 1)
    validateInteger(highWaterMark, 'options.highWaterMark', 0)

    highWaterMark += concurrency
    stream = self

    async def map() -> AsyncIterator[Any]:
        from ..abort import AbortSignal
        signal = AbortSignal.any([userSignal] if userSignal else [])
        queue: list[Any] = []
        signalOpt = {'signal': signal}
        loop = asyncio.get_running_loop()

        next: asyncio.Future[None] | None = None
        resume: asyncio.Future[None] | None = None
        done = False
        cnt = 0

        def onCatch() -> None:
            nonlocal done
            done = True
            afterItemProcessed()

        def afterItemProcessed() -> None:
            nonlocal cnt
            cnt -= 1
            maybeResume()

        def settled(future: asyncio.Future[Any]) -> None:
            # Node's `PromisePrototypeThen(val, afterItemProcessed, onCatch)`.
            if future.cancelled() or future.exception() is not None:
                onCatch()
            else:
                afterItemProcessed()

        def maybeResume() -> None:
            nonlocal resume
            if resume is not None and not done and cnt < concurrency and \
                    len(queue) < highWaterMark:
                if not resume.done():
                    resume.set_result(None)
                resume = None

        def wakeNext() -> None:
            nonlocal next
            if next is not None:
                if not next.done():
                    next.set_result(None)
                next = None

        async def pump() -> None:
            nonlocal cnt, done, resume
            try:
                async for val in stream:
                    if done:
                        return

                    if signal.aborted:
                        raise AbortError()

                    try:
                        val = fn(val, signalOpt)

                        if val is kEmpty:
                            continue

                        if inspect.isawaitable(val):
                            val = spawn(_settle(val))
                        else:  # PromiseResolve(val)
                            resolved = loop.create_future()
                            resolved.set_result(val)
                            val = resolved
                    except Exception as err:  # noqa: BLE001 - PromiseReject(err)
                        val = loop.create_future()
                        val.set_exception(err)

                    cnt += 1

                    val.add_done_callback(settled)  # not a loop entry: a promise reaction

                    queue.append(val)
                    wakeNext()

                    if not done and (len(queue) >= highWaterMark or cnt >= concurrency):
                        resume = loop.create_future()
                        await resume
                queue.append(kEof)
            except Exception as err:  # noqa: BLE001 - PromiseReject(err)
                failed = loop.create_future()
                failed.set_exception(err)
                failed.add_done_callback(settled)  # not a loop entry: a promise reaction
                queue.append(failed)
            finally:
                done = True
                wakeNext()

        spawn(pump())

        try:
            while True:
                while len(queue) > 0:
                    item = queue[0]
                    val = item if item is kEof else await item

                    if val is kEof:
                        return

                    if signal.aborted:
                        raise AbortError()

                    if val is not kEmpty:
                        yield val

                    queue.pop(0)
                    maybeResume()

                next = loop.create_future()
                await next
        finally:
            done = True
            if resume is not None:
                if not resume.done():
                    resume.set_result(None)
                resume = None

    return map()


def asIndexedPairs(self: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    options = _options(options, kwargs)
    signal = _validateOptions(options)
    stream = self

    async def asIndexedPairs() -> AsyncIterator[Any]:
        index = 0
        async for val in stream:
            if signal is not None and signal.aborted:
                raise AbortError(options={'cause': signal.reason})
            yield [index, val]
            index += 1

    return asIndexedPairs()


async def some(self: Any, fn: Any, options: Any = None) -> bool:
    async for _unused in filter(self, fn, options):
        return True
    return False


async def every(self: Any, fn: Any, options: Any = None) -> bool:
    _validateFn(fn)

    async def negated(*args: Any) -> bool:
        return not await _settle(fn(*args))
    # https://en.wikipedia.org/wiki/De_Morgan%27s_laws
    return not await some(self, negated, options)


async def find(self: Any, fn: Any, options: Any = None) -> Any:
    async for result in filter(self, fn, options):
        return result
    return None


async def forEach(self: Any, fn: Any, options: Any = None) -> None:
    _validateFn(fn)

    async def forEachFn(value: Any, options: Any) -> Any:
        await _settle(fn(value, options))
        return kEmpty

    async for _unused in map(self, forEachFn, options):
        pass


def filter(self: Any, fn: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    _validateFn(fn)

    async def filterFn(value: Any, options: Any) -> Any:
        if await _settle(fn(value, options)):
            return value
        return kEmpty

    return map(self, filterFn, options, **kwargs)


def _reduceAwareErrMissingArgs() -> Exception:
    # Node's ReduceAwareErrMissingArgs: ERR_MISSING_ARGS with its own message.
    err = ERR_MISSING_ARGS('reduce')
    err.message = 'Reduce of an empty stream requires an initial value'
    err.args = (err.message,)
    return err


_NO_VALUE = Symbol('no initial value')


async def reduce(self: Any, reducer: Any, initialValue: Any = _NO_VALUE,
                 options: Any = None) -> Any:
    from ..abort import AbortController
    from .end_of_stream import finished
    _validateFn(reducer, 'reducer')
    userSignal = _validateOptions(options)

    hasInitialValue = initialValue is not _NO_VALUE
    if userSignal is not None and userSignal.aborted:
        err = AbortError(options={'cause': userSignal.reason})
        self.once('error', lambda *_: None)  # The error is already propagated
        await finished(self.destroy(err))
        raise err
    ac = AbortController()
    signal = ac.signal
    if userSignal is not None:
        userSignal.addEventListener('abort', lambda *_: ac.abort(),
                                    {'once': True, 'resistStopPropagation': True})
    gotAnyItemFromStream = False
    try:
        async for value in self:
            gotAnyItemFromStream = True
            if userSignal is not None and userSignal.aborted:
                raise AbortError()
            if not hasInitialValue:
                initialValue = value
                hasInitialValue = True
            else:
                initialValue = await _settle(reducer(initialValue, value, {'signal': signal}))
        if not gotAnyItemFromStream and not hasInitialValue:
            raise _reduceAwareErrMissingArgs()
    finally:
        ac.abort()
    return initialValue


async def toArray(self: Any, options: Any = None) -> list[Any]:
    signal = _validateOptions(options)
    result = []
    async for val in self:
        if signal is not None and signal.aborted:
            raise AbortError(options={'cause': signal.reason})
        result.append(val)
    return result


def flatMap(self: Any, fn: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    values = map(self, fn, options, **kwargs)

    async def flatMap() -> AsyncIterator[Any]:
        async for val in values:
            # `yield* val`: an async iterable, else a sync one.
            if hasattr(type(val), '__aiter__'):
                async for each in val:
                    yield each
            else:
                for each in val:
                    yield each

    return flatMap()


def toIntegerOrInfinity(number: Any) -> Any:
    # We coerce here to align with the spec
    # https://github.com/tc39/proposal-iterator-helpers/issues/169
    number = _toNumber(number)
    if number != number:  # NaN
        return 0
    if number < 0:
        raise ERR_OUT_OF_RANGE('number', '>= 0', number)
    return number


def drop(self: Any, number: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    options = _options(options, kwargs)
    signal = _validateOptions(options)
    number = toIntegerOrInfinity(number)
    stream = self

    async def drop() -> AsyncIterator[Any]:
        nonlocal number
        if signal is not None and signal.aborted:
            raise AbortError()
        async for val in stream:
            if signal is not None and signal.aborted:
                raise AbortError()
            remaining = number
            number -= 1
            if remaining <= 0:
                yield val

    return drop()


def take(self: Any, number: Any, options: Any = None, **kwargs: Any) -> AsyncIterator[Any]:
    options = _options(options, kwargs)
    signal = _validateOptions(options)
    number = toIntegerOrInfinity(number)
    stream = self

    async def take() -> AsyncIterator[Any]:
        nonlocal number
        if signal is not None and signal.aborted:
            raise AbortError()
        async for val in stream:
            if signal is not None and signal.aborted:
                raise AbortError()
            remaining = number
            number -= 1
            if remaining > 0:
                yield val

            # Don't get another item from iterator in case we reached the end
            if number <= 0:
                return

    return take()


def _floor(value: Any) -> Any:
    """``Math.floor``: numbers only; anything else stays for the validator to reject."""
    if isinstance(value, float) and math.isfinite(value):
        return math.floor(value)
    return value


def _toNumber(value: Any) -> Any:
    """JavaScript's ``Number(value)`` for the values a port passes."""
    if value is None:
        return 0
    if value is UNDEFINED:
        return math.nan
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0
        try:
            return float(text) if not text.lstrip('+-').isdigit() else int(text)
        except ValueError:
            return math.nan
    return math.nan


def _asIndexedPairsDeprecated(self: Any, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    warnings.warn('readable.asIndexedPairs will be removed in a future version.',
                  DeprecationWarning, stacklevel=3)
    return asIndexedPairs(self, *args, **kwargs)


streamReturningOperators: dict[str, Callable[..., Any]] = {
    'asIndexedPairs': _asIndexedPairsDeprecated,
    'drop': drop,
    'filter': filter,
    'flatMap': flatMap,
    'map': map,
    'take': take,
    'compose': compose,
}

promiseReturningOperators: dict[str, Callable[..., Any]] = {
    'every': every,
    'forEach': forEach,
    'reduce': reduce,
    'toArray': toArray,
    'some': some,
    'find': find,
}


def attach(Readable: Any) -> None:
    """Node's ``lib/stream.js`` loops: the operators as ``Readable`` methods."""
    for key, op in streamReturningOperators.items():
        setattr(Readable, key, _streamReturning(Readable, key, op))
    for key, op in promiseReturningOperators.items():
        setattr(Readable, key, _promiseReturning(key, op))


def _streamReturning(Readable: Any, key: str, op: Any) -> Any:
    def fn(self: Any, *args: Any, **kwargs: Any) -> Any:
        return Readable.from_(op(self, *args, **kwargs))
    fn.__name__ = key
    fn.__doc__ = f"Node's ``readable.{key}()``: an operator that returns a new ``Readable``."
    return fn


# Where each promise-returning operator takes its options object.
_OPTIONS_AT = {'every': 1, 'forEach': 1, 'some': 1, 'find': 1, 'toArray': 0, 'reduce': 2}


def _promiseReturning(key: str, op: Any) -> Any:
    at = _OPTIONS_AT[key]

    # Node's operator is an async function: a bad argument rejects the promise.
    def fn(self: Any, *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        if kwargs:
            # Keywords are entries of the options object, as everywhere in the API.
            options = args[at] if len(args) > at else None
            head = args[:at] + (_NO_VALUE,) * (at - len(args))
            args = (*head, _options(options, kwargs))
        return spawn(op(self, *args))
    fn.__name__ = key
    fn.__doc__ = f"Node's ``readable.{key}()``: an operator whose result is awaited (a Promise in Node)."
    return fn
