"""Node's ``internal/streams/readable.js``: ``Readable``, ``ReadableState`` and the async iterator.

Ported function by function from Node 20 in Node's order. Node 20 packs the
boolean fields of ``ReadableState`` into one bit field; here they are plain
attributes with Node's names (``flowing`` is ``None``/``True``/``False`` as
Node's getter reports it). Node's internal ``kPaused`` and ``kDataListening``
bits are the fields ``kPaused`` (``None`` until ``pause()``/``resume()``)
and ``dataListening``.

Python mapping: a Buffer is ``bytes`` (``bytearray``/``memoryview`` are
copied to ``bytes`` as Node wraps a Uint8Array), a chunk's length is
``len()`` (an object-mode chunk counts 1), ``None`` is EOF. Listener
registration reacts through EventEmitter's ``_watched`` hook rather than an
``on`` override.
"""

from __future__ import annotations

import asyncio
import collections
import dis
import inspect as _pyinspect
import math
import sys
import weakref
from typing import Any

from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
    AbortError,
    aggregateTwoErrors,
)
from ..events import EventEmitter
from ..process import lastTick, nextTick
from ..string_decoder import StringDecoder
from ..util import UNDEFINED, encodeString, isEncoding
from ..validators import validateObject
from . import destroy as destroyImpl
from .legacy import Stream, prependListener
from .state import getDefaultHighWaterMark, getHighWaterMark
from .utils import runHookResult

__all__ = ['Readable', 'ReadableState', 'ReadableAsyncIterator']

_NaN = math.nan

errorOrDestroy = destroyImpl.errorOrDestroy


def _bufferFrom(text: str, encoding: str) -> bytes:
    """``Buffer.from(text, encoding)``; an unknown encoding throws as in Node."""
    if not isEncoding(encoding):
        raise ERR_UNKNOWN_ENCODING(encoding)
    return encodeString(text, encoding)


def _toString(data: bytes, encoding: str) -> str:
    """``buffer.toString(encoding)``."""
    return StringDecoder(encoding).end(data)


def _options(options: Any, kwargs: dict[str, Any]) -> Any:
    """Node's options object: a dict, keywords, or both (keywords win)."""
    if kwargs:
        return {**options, **kwargs} if options else kwargs
    return options


class _Chunks(list[Any]):
    """``state.buffer``: Node 20's array, with the two deque methods the port calls.

    A list, not a deque: a stream buffers a chunk or two (a response's first body
    chunk waits for its 'data' listener), and an empty deque takes 0.7 KiB, its
    clear() 0.5 KiB more; a list takes 56 bytes. Taking from the front moves the
    rest, as Node's array does before it compacts.
    """

    __slots__ = ()

    def popleft(self) -> Any:
        return self.pop(0)

    def appendleft(self, chunk: Any) -> None:
        self.insert(0, chunk)


class ReadableState:
    """The state of a ``Readable`` (``stream._readableState``), Node's fields."""

    __slots__ = (
        'objectMode', 'highWaterMark', 'buffer', 'length', 'pipes', 'flowing', 'ended',
        'endEmitted', 'reading', 'constructed', 'sync', 'needReadable', 'emittedReadable',
        'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy',
        'destroyed', 'errored', 'closed', 'closeEmitted', 'defaultEncoding', 'awaitDrainWriters',
        'multiAwaitDrain', 'readingMore', 'dataEmitted', 'decoder', 'encoding', 'dataListening',
        'kPaused', 'readable', '__dict__',
    )

    def __init__(self, options: Any = None, stream: Any = None, isDuplex: bool = False) -> None:
        # Object stream flag. Used to make read(n) ignore n and to
        # make all the buffer merging and length checks go away.
        self.objectMode = bool(options and (options.get('objectMode') or (
            isDuplex and options.get('readableObjectMode'))))

        # The point at which it stops calling _read() to fill the buffer
        # Note: 0 is a valid value, means "don't call _read preemptively ever"
        self.highWaterMark = (getHighWaterMark(self, options, 'readableHighWaterMark', isDuplex)
                              if options else getDefaultHighWaterMark(False))

        # Node 20 keeps an array (and an index of its first chunk).
        self.buffer = _Chunks()
        self.length = 0
        self.pipes: list[Any] = []
        self.flowing: bool | None = None
        self.ended = False
        self.endEmitted = False
        self.reading = False
        # Stream is still being constructed and cannot be destroyed until
        # construction finished or failed. Async construction is opt in,
        # therefore we start as constructed.
        self.constructed = True
        # A flag to be able to tell if the event 'readable'/'data' is emitted
        # immediately, or on a later tick.  We set this to true at first, because
        # any actions that shouldn't happen until "later" should generally also
        # not happen before the first read call.
        self.sync = True
        # Whenever we return null, then we set a flag to say
        # that we're awaiting a 'readable' event emission.
        self.needReadable = False
        self.emittedReadable = False
        self.readableListening = False
        self.resumeScheduled = False
        # True if the error was already emitted and should not be thrown again.
        self.errorEmitted = False
        # Should close be emitted on destroy. Defaults to true.
        self.emitClose = not (options and options.get('emitClose') is False)
        # Should .destroy() be called after 'end' (and potentially 'finish').
        self.autoDestroy = not (options and options.get('autoDestroy') is False)
        # Has it been destroyed.
        self.destroyed = False
        # Indicates whether the stream has errored. When true no further
        # _read calls, 'data' or 'readable' events should occur.
        self.errored: Any = None
        # Indicates whether the stream has finished destroying.
        self.closed = False
        # True if close has been emitted or would have been emitted
        # depending on emitClose.
        self.closeEmitted = False

        # Crypto is kind of old and crusty.  Historically, its default string
        # encoding is 'binary' so we have to make this configurable.
        # Everything else in the universe uses 'utf8', though.
        defaultEncoding = options.get('defaultEncoding') if options else None
        if defaultEncoding is None or defaultEncoding == 'utf8' or defaultEncoding == 'utf-8':
            self.defaultEncoding = 'utf8'
        elif isEncoding(defaultEncoding):
            self.defaultEncoding = defaultEncoding
        else:
            raise ERR_UNKNOWN_ENCODING(defaultEncoding)

        # Ref the piped dest which we need a drain event on it
        # type: null | Writable | Set<Writable>.
        self.awaitDrainWriters: Any = None
        self.multiAwaitDrain = False
        # If true, a maybeReadMore has been scheduled.
        self.readingMore = False
        self.dataEmitted = False
        self.decoder: StringDecoder | None = None
        self.encoding: str | None = None
        # Node 20's kDataListening: a 'data' listener was added with on()/once().
        self.dataListening = False
        # Node's kPaused: None until pause()/resume() ran, then True/False.
        self.kPaused: bool | None = None
        # False on a Duplex built with readable: false (Node leaves it undefined).
        self.readable: bool | None = None

        if options:
            encoding = options.get('encoding')
            if encoding:
                self.decoder = StringDecoder(encoding)
                self.encoding = encoding

    def onConstructed(self, stream: Any) -> None:
        """Node's ``ReadableState.prototype[kOnConstructed]``."""
        if self.needReadable:
            maybeReadMore(stream, self)

    # Legacy getter for `pipesCount`.
    @property
    def pipesCount(self) -> int:
        return len(self.pipes)

    # Legacy property for `paused`.
    @property
    def paused(self) -> bool:
        return self.kPaused is True

    @paused.setter
    def paused(self, value: Any) -> None:
        self.kPaused = bool(value)


class _dualmethod:
    """A name that is a static function on the class and a method on instances.

    JavaScript keeps ``Readable.wrap`` (static) apart from
    ``Readable.prototype.wrap``; a Python class has one namespace.
    """

    def __init__(self, static: Any, method: Any) -> None:
        self.static = static
        self.method = method

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self.static
        return self.method.__get__(obj, cls)


class Readable(Stream):
    """Node's ``stream.Readable`` (https://nodejs.org/docs/latest-v20.x/api/stream.html)."""

    # Class defaults: the getters answer before __init__ ran, as Node's check
    # `this._readableState` for; no `_construct` unless a subclass or option gives one.
    _readableState: Any = None
    _construct: Any = None
    _nhaEventShape = ('close', 'error', 'data', 'end', 'readable')

    def __init__(self, options: dict[str, Any] | None = None, **kwargs: Any) -> None:
        if kwargs:
            options = _options(options, kwargs)
        # Node sets `_events` before the state and Stream.call keeps it; here the
        # emitter is set up first so that addAbortSignal can attach listeners.
        Stream.__init__(self, options)

        self._readableState = ReadableState(options, self, False)

        if options:
            read = options.get('read')
            if callable(read):
                self._read = read  # type: ignore[method-assign]
            destroy = options.get('destroy')
            if callable(destroy):
                self._destroy = destroy  # type: ignore[method-assign]
            construct = options.get('construct')
            if callable(construct):
                self._construct = construct
            signal = options.get('signal')
            if signal:
                from .add_abort_signal import addAbortSignal
                addAbortSignal(signal, self)

        if self._construct is not None:
            state = self._readableState
            destroyImpl.construct(self, lambda *_: state.onConstructed(self))

    destroy = destroyImpl.destroy
    _undestroy = destroyImpl.undestroy

    def _destroy(self, err: Any, cb: Any) -> None:
        cb(err)

    # events.captureRejectionSymbol: a rejected async listener destroys the stream.
    def nodejs_rejection(self, err: Any, *_: Any) -> None:
        """Node's ``readable[Symbol.for('nodejs.rejection')](err, event)``: a captured rejection."""
        self.destroy(err)

    # Symbol.asyncDispose: `async with readable:` destroys it on the way out.
    async def __aenter__(self) -> Readable:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.asyncDispose()

    def asyncDispose(self) -> asyncio.Future[None]:
        """Node's ``readable[Symbol.asyncDispose]()``: destroy, then wait for the end."""
        from .end_of_stream import eos
        error: Any = None
        if not self.destroyed:
            error = None if self.readableEnded else AbortError()
            self.destroy(error)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def callback(err: Any = None, *_: Any) -> None:
            if future.done():
                return
            if err and err is not error:
                future.set_exception(err)
            else:
                future.set_result(None)

        eos(self, callback)
        return future

    # Manually shove something into the read() buffer.
    # This returns true if the highWaterMark has not been hit yet,
    # similar to how Writable.write() returns true if you should
    # write() some more.
    def push(self, chunk: Any = UNDEFINED, encoding: str | None = None) -> bool:
        """Node's ``readable.push()``."""
        state = self._readableState
        if state.objectMode:
            return readableAddChunkPushObjectMode(self, state, chunk, encoding)
        return readableAddChunkPushByteMode(self, state, chunk, encoding)

    # Unshift should *always* be something directly out of read().
    def unshift(self, chunk: Any = UNDEFINED, encoding: str | None = None) -> bool:
        """Node's ``readable.unshift()``."""
        state = self._readableState
        if state.objectMode:
            return readableAddChunkUnshiftObjectMode(self, state, chunk)
        return readableAddChunkUnshiftByteMode(self, state, chunk, encoding)

    def isPaused(self) -> bool:
        """Node's ``readable.isPaused()``."""
        state = self._readableState
        return state.kPaused is True or state.flowing is False

    # Backwards compatibility.
    def setEncoding(self, enc: Any = None) -> Readable:
        """Node's ``readable.setEncoding()``."""
        state = self._readableState
        decoder = StringDecoder(enc)
        state.decoder = decoder
        # If setEncoding(null), decoder.encoding equals utf8.
        state.encoding = decoder.encoding
        # Iterate over current buffer to convert already stored Buffers:
        content = ''.join([decoder.write(data) for data in state.buffer])
        state.buffer.clear()
        if content != '':
            state.buffer.append(content)
        state.length = len(content)
        return self

    # You can override either this method, or the async _read(n) below.
    def read(self, n: Any = None) -> Any:
        # read() and read(None) are Node's read(undefined): NaN, "as much as there is".
        """Node's ``readable.read()``."""
        if n is None:
            n = _NaN
        elif n.__class__ is not int:
            n = _parseInt(n)
        state = self._readableState
        nOrig = n

        # If we're asking for more than the current hwm, then raise the hwm.
        if n > state.highWaterMark:
            state.highWaterMark = computeNewHighWaterMark(n)

        if n != 0:
            state.emittedReadable = False

        # If we're doing read(0) to trigger a readable event, but we
        # already have a bunch of data in the buffer, then just trigger
        # the 'readable' event and move on.
        if n == 0 and state.needReadable and (
                (state.length >= state.highWaterMark if state.highWaterMark != 0
                 else state.length > 0) or state.ended):
            if state.length == 0 and state.ended:
                endReadable(self)
            else:
                emitReadable(self)
            return None

        # n = howMuchToRead(n, state), its byte-mode read() and read(0) inline (hot path).
        if n != n and not state.objectMode:
            n = len(state.buffer[0]) if state.flowing and state.length else state.length
        elif n == 0:
            n = 0
        else:
            n = howMuchToRead(n, state)

        # If we've ended, and we're now clear, then finish it up.
        if n == 0 and state.ended:
            if state.length == 0:
                endReadable(self)
            return None

        # All the actual chunk generation logic needs to be *below* the call
        # to _read: _read may push synchronously and change the buffer.
        # 1. Figure out what the state of things will be after we do a read
        #    from the buffer.
        # 2. If that resulting state will trigger a _read, then call _read.
        # 3. Actually pull the requested chunks out of the buffer and return.

        # if we need a readable event, then we need to do some reading.
        doRead = state.needReadable

        # If we currently have less than the highWaterMark, then also read some.
        if state.length == 0 or state.length - n < state.highWaterMark:
            doRead = True

        # However, if we've ended, then there's no point, if we're already
        # reading, then it's unnecessary, if we're constructing we have to wait,
        # and if we're destroyed or errored, then it's not allowed,
        if (state.reading or state.ended or state.destroyed or state.errored is not None
                or not state.constructed):
            doRead = False
        elif doRead:
            state.reading = True
            state.sync = True
            # If the length is currently zero, then we *need* a readable event.
            if state.length == 0:
                state.needReadable = True

            # Call internal read method
            try:
                result = self._read(state.highWaterMark)
                if result is not None:  # an `async def _read`: its body runs, unawaited
                    runHookResult(result)
            except Exception as err:  # noqa: BLE001 - Node routes any throw of _read
                errorOrDestroy(self, err)
            state.sync = False

            # If _read pushed data synchronously, then `reading` will be false,
            # and we need to re-evaluate how much data we can return to the user.
            if not state.reading:
                n = howMuchToRead(nOrig, state)

        if n > 0:
            ret = fromList(n, state)
        else:
            ret = None

        if ret is None:
            if state.length <= state.highWaterMark:
                state.needReadable = True
            n = 0
        else:
            state.length -= n
            if state.multiAwaitDrain:
                state.awaitDrainWriters.clear()
            else:
                state.awaitDrainWriters = None

        if state.length == 0:
            # If we have nothing in the buffer, then we want to know
            # as soon as we *do* get something into the buffer.
            if not state.ended:
                state.needReadable = True

            # If we tried to read() past the EOF, then emit end on the next tick.
            if nOrig != n and state.ended:
                endReadable(self)

        if ret is not None and not state.errorEmitted and not state.closeEmitted:
            state.dataEmitted = True
            self.emit('data', ret)

        return ret

    # Abstract method.  to be overridden in specific implementation classes.
    # call cb(er, data) where data is <= n in length.
    # for virtual (non-string, non-buffer) streams, "length" is somewhat
    # arbitrary, and perhaps not very meaningful.
    def _read(self, n: Any = None) -> Any:
        raise ERR_METHOD_NOT_IMPLEMENTED('_read()')

    def pipe(self, dest: Any, pipeOpts: dict[str, Any] | None = None) -> Any:
        """Node's ``readable.pipe()``."""
        return pipe(self, dest, pipeOpts)

    def unpipe(self, dest: Any = None) -> Readable:
        """Node's ``readable.unpipe()``."""
        state = self._readableState
        unpipeInfo = {'hasUnpiped': False}

        # If we're not piping anywhere, then do nothing.
        if len(state.pipes) == 0:
            return self

        if not dest:
            # remove all.
            dests = state.pipes
            state.pipes = []
            self.pause()

            for d in dests:
                d.emit('unpipe', self, {'hasUnpiped': False})
            return self

        # Try to find the right one.
        index = _indexOf(state.pipes, dest)
        if index == -1:
            return self

        del state.pipes[index]
        if len(state.pipes) == 0:
            self.pause()

        dest.emit('unpipe', self, unpipeInfo)
        return self

    # Set up data events if they are asked for
    # Ensure readable listeners eventually get something.
    # Node overrides on()/addListener() (once() goes through on()); the port
    # reacts in EventEmitter's registration hook, which prepend*() skip here.
    _watched = frozenset(('data', 'readable'))
    _nhaPrepending = False

    def _onWatchedAdded(self, ev: Any) -> None:
        if self._nhaPrepending:
            return
        state = self._readableState
        if ev == 'data':
            state.dataListening = True

            # Update readableListening so that resume() may be a no-op
            # a few lines down. This is needed to support once('readable').
            if 'readable' in (self._events or ()):
                state.readableListening = True

            # Try start flowing on next tick if stream isn't explicitly paused.
            if state.flowing is not False:
                self.resume()
        elif ev == 'readable':
            if not state.endEmitted and not state.readableListening:
                state.readableListening = state.needReadable = True
                state.flowing = False
                state.emittedReadable = False
                if state.length:
                    emitReadable(self)
                elif not state.reading:
                    nextTick(nReadingNextTick, self)

    def prependListener(self, type: Any, listener: Any) -> Readable:
        # Node's Readable leaves prependListener() to EventEmitter: no mode switch.
        """Node's ``readable.prependListener()``."""
        self._nhaPrepending = True
        try:
            res: Readable = EventEmitter.prependListener(self, type, listener)
        finally:
            self._nhaPrepending = False
        return res

    def prependOnceListener(self, type: Any, listener: Any) -> Readable:
        """Node's ``readable.prependOnceListener()``."""
        self._nhaPrepending = True
        try:
            res: Readable = EventEmitter.prependOnceListener(self, type, listener)
        finally:
            self._nhaPrepending = False
        return res

    def removeListener(self, type: Any, listener: Any) -> Readable:
        """Node's ``readable.removeListener()``."""
        state = self._readableState
        ev = type
        res = EventEmitter.removeListener(self, ev, listener)

        if ev == 'readable':
            # We need to check if there is someone still listening to
            # readable and reset the state. However this needs to happen
            # after readable has been emitted but before I/O (nextTick) to
            # support once('readable', fn) cycles. This means that calling
            # resume within the same tick will have no
            # effect.
            nextTick(updateReadableListening, self)
        elif ev == 'data' and 'data' not in (self._events or ()):
            state.dataListening = False

        return res

    off = removeListener

    def removeAllListeners(self, *args: Any) -> Readable:
        """Node's ``readable.removeAllListeners()``."""
        res: Readable = Stream.removeAllListeners(self, *args)

        if not args or args[0] == 'readable':
            # Same as in removeListener: after 'readable' was emitted, before I/O.
            nextTick(updateReadableListening, self)

        return res

    # pause() and resume() are remnants of the legacy readable stream API
    # If the user uses them, then switch into old mode.
    def resume(self) -> Readable:
        """Node's ``readable.resume()``."""
        state = self._readableState
        if not state.flowing:
            # We flow only if there is no one listening
            # for readable, but we still have to call
            # resume().
            state.flowing = not state.readableListening
            # resume(self, state), inline (hot path: the first 'data' listener).
            if not state.resumeScheduled:
                state.resumeScheduled = True
                nextTick(resume_, self, state)
        state.kPaused = False
        return self

    def pause(self) -> Readable:
        """Node's ``readable.pause()``."""
        state = self._readableState
        if state.flowing is not False:
            state.flowing = False
            self.emit('pause')
        state.kPaused = True
        return self

    # Wrap an old-style stream as the async data source.
    # This is *not* part of the readable stream interface.
    # It is an ugly unfortunate mess of history.
    def _wrap(self, stream: Any) -> Readable:
        paused = False

        def ondata(chunk: Any) -> None:
            nonlocal paused
            if not self.push(chunk) and getattr(stream, 'pause', None):
                paused = True
                stream.pause()

        stream.on('data', ondata)
        stream.on('end', lambda *_: self.push(None))
        stream.on('error', lambda err=None, *_: errorOrDestroy(self, err))
        stream.on('close', lambda *_: self.destroy())
        stream.on('destroy', lambda *_: self.destroy())

        def _read(*_: Any) -> None:
            nonlocal paused
            if paused and getattr(stream, 'resume', None):
                paused = False
                stream.resume()

        self._read = _read  # type: ignore[method-assign,assignment]

        # Proxy all the other methods. Important when wrapping filters and duplexes.
        # (Node skips the first own key, its `_events`; the port skips the same.)
        for key, value in list(vars(stream).items())[1:]:
            if not hasattr(self, key) and callable(value):
                setattr(self, key, value)

        return self

    def __aiter__(self) -> ReadableAsyncIterator:
        return streamToAsyncIterator(self, None, _calledByAsyncFor())

    def iterator(self, options: dict[str, Any] | None = None, **kwargs: Any
                 ) -> ReadableAsyncIterator:
        """Node's ``readable.iterator([options])``: an async iterator over the chunks."""
        options = _options(options, kwargs)
        if options is not None:
            validateObject(options, 'options')
        return streamToAsyncIterator(self, options, False)

    # -- the readable* properties ------------------------------------------------------

    @property
    def readable(self) -> bool:
        """Node's ``readable.readable``."""
        r = self._readableState
        # r.readable is False means that this is part of a Duplex stream
        # where the readable side was disabled upon construction.
        # Compat. The user might manually disable readable side through
        # deprecated setter.
        return (r is not None and r.readable is not False and not r.destroyed
                and not r.errorEmitted and not r.endEmitted)

    @readable.setter
    def readable(self, val: Any) -> None:
        # Backwards compat.
        if self._readableState is not None:
            self._readableState.readable = bool(val)

    @property
    def readableDidRead(self) -> bool:
        """Node's ``readable.readableDidRead``."""
        return self._readableState.dataEmitted  # type: ignore[no-any-return]

    @property
    def readableAborted(self) -> bool:
        """Node's ``readable.readableAborted``."""
        r = self._readableState
        return bool(r.readable is not False and (r.destroyed or r.errored is not None)
                    and not r.endEmitted)

    @property
    def readableHighWaterMark(self) -> int:
        """Node's ``readable.readableHighWaterMark``."""
        return self._readableState.highWaterMark  # type: ignore[no-any-return]

    @property
    def readableBuffer(self) -> Any:
        """Node's ``readable.readableBuffer``."""
        r = self._readableState
        return r.buffer if r is not None else None

    @property
    def readableFlowing(self) -> bool | None:
        """Node's ``readable.readableFlowing``."""
        return self._readableState.flowing  # type: ignore[no-any-return]

    @readableFlowing.setter
    def readableFlowing(self, state: Any) -> None:
        if self._readableState is not None:
            self._readableState.flowing = None if state is None else bool(state)

    @property
    def readableLength(self) -> int:
        """Node's ``readable.readableLength``."""
        return self._readableState.length  # type: ignore[no-any-return]

    @property
    def readableObjectMode(self) -> bool:
        """Node's ``readable.readableObjectMode``."""
        r = self._readableState
        return r.objectMode if r is not None else False

    @property
    def readableEncoding(self) -> str | None:
        """Node's ``readable.readableEncoding``."""
        r = self._readableState
        return r.encoding if r is not None else None

    @property
    def errored(self) -> Any:
        """Node's ``readable.errored``."""
        r = self._readableState
        return r.errored if r is not None else None

    @property
    def closed(self) -> bool:
        """Node's ``readable.closed``."""
        r = self._readableState
        return r.closed if r is not None else False

    @property
    def destroyed(self) -> bool:
        """Node's ``readable.destroyed``."""
        r = self._readableState
        return r.destroyed if r is not None else False

    @destroyed.setter
    def destroyed(self, value: Any) -> None:
        # We ignore the value if the stream
        # has not been initialized yet.
        if self._readableState is None:
            return
        # Backward compatibility, the user is explicitly
        # managing destroyed.
        self._readableState.destroyed = value

    @property
    def readableEnded(self) -> bool:
        """Node's ``readable.readableEnded``."""
        r = self._readableState
        return r.endEmitted if r is not None else False


# -- push / unshift ----------------------------------------------------------------------

def _invalidChunk(chunk: Any) -> Exception:
    return ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk)


def readableAddChunkUnshiftByteMode(stream: Any, state: ReadableState, chunk: Any,
                                    encoding: str | None) -> bool:
    if chunk is None:
        state.reading = False
        onEofChunk(stream, state)
        return False

    if isinstance(chunk, str):
        encoding = encoding or state.defaultEncoding
        if state.encoding != encoding:
            if state.encoding:
                # When unshifting, if state.encoding is set, we have to save
                # the string in the BufferList with the state encoding.
                chunk = _toString(_bufferFrom(chunk, encoding), state.encoding)
            else:
                chunk = _bufferFrom(chunk, encoding)
    elif isinstance(chunk, (bytearray, memoryview)):
        chunk = bytes(chunk)
    elif chunk is not UNDEFINED and not isinstance(chunk, bytes):
        errorOrDestroy(stream, _invalidChunk(chunk))
        return False

    if not chunk:
        return canPushMore(state)

    return readableAddChunkUnshiftValue(stream, state, chunk)


def readableAddChunkUnshiftObjectMode(stream: Any, state: ReadableState, chunk: Any) -> bool:
    if chunk is None:
        state.reading = False
        onEofChunk(stream, state)
        return False

    return readableAddChunkUnshiftValue(stream, state, chunk)


def readableAddChunkUnshiftValue(stream: Any, state: ReadableState, chunk: Any) -> bool:
    if state.endEmitted:
        errorOrDestroy(stream, ERR_STREAM_UNSHIFT_AFTER_END_EVENT())
    elif state.destroyed or state.errored is not None:
        return False
    else:
        addChunk(stream, state, chunk, True)

    return canPushMore(state)


def readableAddChunkPushByteMode(stream: Any, state: ReadableState, chunk: Any,
                                 encoding: str | None) -> bool:
    cls = chunk.__class__
    if cls is bytes:
        encoding = ''
    elif chunk is None:
        state.reading = False
        onEofChunk(stream, state)
        return False
    elif cls is str or isinstance(chunk, str):
        encoding = encoding or state.defaultEncoding
        if state.encoding != encoding:
            chunk = _bufferFrom(chunk, encoding)
            encoding = ''
    elif isinstance(chunk, bytes):
        encoding = ''
    elif isinstance(chunk, (bytearray, memoryview)):
        chunk = bytes(chunk)
        encoding = ''
    elif chunk is not UNDEFINED:
        errorOrDestroy(stream, _invalidChunk(chunk))
        return False

    if not chunk:
        state.reading = False
        maybeReadMore(stream, state)
        return canPushMore(state)

    if state.ended:
        errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF())
        return False

    if state.destroyed or state.errored is not None:
        return False

    state.reading = False
    if state.decoder is not None and not encoding:
        chunk = state.decoder.write(chunk)
        if len(chunk) == 0:
            maybeReadMore(stream, state)
            return canPushMore(state)

    addChunk(stream, state, chunk, False)
    # canPushMore(state), inline: this runs once per chunk of a socket.
    return not state.ended and (state.length < state.highWaterMark or state.length == 0)


def readableAddChunkPushObjectMode(stream: Any, state: ReadableState, chunk: Any,
                                   encoding: str | None) -> bool:
    if chunk is None:
        state.reading = False
        onEofChunk(stream, state)
        return False

    if state.ended:
        errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF())
        return False

    if state.destroyed or state.errored is not None:
        return False

    state.reading = False

    if state.decoder is not None and not encoding:
        chunk = state.decoder.write(chunk)

    addChunk(stream, state, chunk, False)
    return canPushMore(state)


def canPushMore(state: ReadableState) -> bool:
    # We can push more data if we are below the highWaterMark.
    # Also, if we have no data yet, we can stand some more bytes.
    # This is to work around cases where hwm=0, such as the repl.
    return not state.ended and (state.length < state.highWaterMark or state.length == 0)


def addChunk(stream: Any, state: ReadableState, chunk: Any, addToFront: bool) -> None:
    if state.flowing and state.length == 0 and not state.sync and state.dataListening:
        # Use the guard to avoid creating `Set()` repeatedly
        # when we have multiple pipes.
        if state.multiAwaitDrain:
            state.awaitDrainWriters.clear()
        else:
            state.awaitDrainWriters = None

        state.dataEmitted = True
        stream.emit('data', chunk)
    else:
        # Update the buffer info.
        state.length += 1 if state.objectMode else len(chunk)
        if addToFront:
            state.buffer.appendleft(chunk)
        else:
            state.buffer.append(chunk)

        if state.needReadable:
            emitReadable(stream)
    # maybeReadMore(stream, state), its guard inline (hot path).
    if not state.readingMore and state.constructed:
        state.readingMore = True
        nextTick(maybeReadMore_, stream, state)


# -- read ------------------------------------------------------------------------------

# Don't raise the hwm > 1GB.
MAX_HWM = 0x40000000


def computeNewHighWaterMark(n: Any) -> int:
    if n > MAX_HWM:
        raise ERR_OUT_OF_RANGE('size', '<= 1GiB', n)
    # Get the next highest power of 2 to prevent increasing hwm excessively in
    # tiny amounts.
    n = int(n) - 1
    n |= n >> 1
    n |= n >> 2
    n |= n >> 4
    n |= n >> 8
    n |= n >> 16
    return int(n + 1)


def howMuchToRead(n: Any, state: ReadableState) -> Any:
    if n <= 0 or (state.length == 0 and state.ended):
        return 0
    if state.objectMode:
        return 1
    if n != n:  # NaN
        # Only flow one buffer at a time.
        if state.flowing and state.length:
            return len(state.buffer[0])
        return state.length
    if n <= state.length:
        return n
    return state.length if state.ended else 0


def _parseInt(n: Any) -> Any:
    """``Number.isInteger(n) ? n : parseInt(n, 10)`` for a non-``int`` ``n``."""
    if isinstance(n, bool):
        return _NaN
    if isinstance(n, int):
        return int(n)
    if isinstance(n, float):
        if n != n or n in (math.inf, -math.inf):
            return _NaN
        return int(n)
    text = str(n).lstrip()
    sign = 1
    if text[:1] in ('+', '-'):
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    digits = ''
    for ch in text:
        if not '0' <= ch <= '9':
            break
        digits += ch
    return sign * int(digits) if digits else _NaN


def onEofChunk(stream: Any, state: ReadableState) -> None:
    if state.ended:
        return
    decoder = state.decoder
    if decoder is not None:
        chunk = decoder.end()
        if chunk:
            state.buffer.append(chunk)
            state.length += 1 if state.objectMode else len(chunk)
    state.ended = True

    if state.sync:
        # If we are sync, wait until next tick to emit the data.
        # Otherwise we risk emitting data in the flow()
        # the readable code triggers during a read() call.
        emitReadable(stream)
    else:
        # Emit 'readable' now to make sure it gets picked up.
        state.needReadable = False
        state.emittedReadable = True
        # We have to emit readable now that we are EOF. Modules
        # in the ecosystem (e.g. dicer) rely on this event being sync.
        emitReadable_(stream)


# Don't emit readable right away in sync mode, because this can trigger
# another read() call => stack overflow.  This way, it might trigger
# a nextTick recursion warning, but that's not so bad.
def emitReadable(stream: Any) -> None:
    state = stream._readableState
    state.needReadable = False
    if not state.emittedReadable:
        state.emittedReadable = True
        nextTick(emitReadable_, stream)


def emitReadable_(stream: Any) -> None:
    state = stream._readableState
    if not state.destroyed and state.errored is None and (state.length or state.ended):
        stream.emit('readable')
        state.emittedReadable = False

    # The stream needs another readable event if:
    # 1. It is not flowing, as the flow mechanism will take
    #    care of it.
    # 2. It is not ended.
    # 3. It is below the highWaterMark, so we can schedule
    #    another readable later.
    if not state.flowing and not state.ended and state.length <= state.highWaterMark:
        state.needReadable = True
    flow(stream)


# At this point, the user has presumably seen the 'readable' event,
# and called read() to consume some data.  that may have triggered
# in turn another _read(n) call, in which case reading = true if
# it's in progress.
# However, if we're not ended, or reading, and the length < hwm,
# then go ahead and try to read some more preemptively.
def maybeReadMore(stream: Any, state: ReadableState) -> None:
    if not state.readingMore and state.constructed:
        state.readingMore = True
        nextTick(maybeReadMore_, stream, state)


def maybeReadMore_(stream: Any, state: ReadableState) -> None:
    # Attempt to read more data if we should: not enough data buffered
    # (length < highWaterMark), or nothing buffered while flowing (the loop
    # below keeps the flow going). Not when ended or while a _read() is
    # pending (`reading`): its push() comes back here.
    while not state.reading and not state.ended and (
            state.length < state.highWaterMark or (state.flowing and state.length == 0)):
        length = state.length
        stream.read(0)
        if length == state.length:
            # Didn't get any data, stop spinning.
            break
    state.readingMore = False


# -- pipe ------------------------------------------------------------------------------

def _indexOf(items: list[Any], item: Any) -> int:
    for i, each in enumerate(items):
        if each is item:
            return i
    return -1


def pipe(src: Readable, dest: Any, pipeOpts: dict[str, Any] | None) -> Any:
    """``Readable.prototype.pipe``."""
    state = src._readableState

    if len(state.pipes) == 1:
        if not state.multiAwaitDrain:
            state.multiAwaitDrain = True
            state.awaitDrainWriters = (
                {state.awaitDrainWriters} if state.awaitDrainWriters is not None else set())

    state.pipes.append(dest)

    from .. import process
    doEnd = ((not pipeOpts or pipeOpts.get('end') is not False)
             and dest is not getattr(process, 'stdout', None)
             and dest is not getattr(process, 'stderr', None))

    def onunpipe(readable: Any = None, unpipeInfo: Any = None, *_: Any) -> None:
        if readable is src:
            if unpipeInfo and unpipeInfo.get('hasUnpiped') is False:
                unpipeInfo['hasUnpiped'] = True
                cleanup()

    def onend(*_: Any) -> None:
        dest.end()

    ondrain: Any = None
    cleanedUp = False

    def cleanup() -> None:
        nonlocal cleanedUp
        # Cleanup event handlers once the pipe is broken.
        dest.removeListener('close', onclose)
        dest.removeListener('finish', onfinish)
        if ondrain:
            dest.removeListener('drain', ondrain)
        dest.removeListener('error', onerror)
        dest.removeListener('unpipe', onunpipe)
        src.removeListener('end', onend)
        src.removeListener('end', unpipe)
        src.removeListener('data', ondata)

        cleanedUp = True

        # If the reader is waiting for a drain event from this
        # specific writer, then it would cause it to never start
        # flowing again.
        # So, if this is awaiting a drain, then we just call it now.
        # If we don't know, then assume that we are waiting for one.
        wState = getattr(dest, '_writableState', None)
        if ondrain and state.awaitDrainWriters is not None and (
                wState is None or wState.needDrain):
            ondrain()

    def pause() -> None:
        nonlocal ondrain
        # If the user unpiped during `dest.write()`, it is possible
        # to get stuck in a permanently paused state if that write
        # also returned false.
        # => Check whether `dest` is still a piping destination.
        if not cleanedUp:
            if len(state.pipes) == 1 and state.pipes[0] is dest:
                state.awaitDrainWriters = dest
                state.multiAwaitDrain = False
            elif len(state.pipes) > 1 and _indexOf(state.pipes, dest) != -1:
                state.awaitDrainWriters.add(dest)
            src.pause()
        if not ondrain:
            # When the dest drains, it reduces the awaitDrain counter
            # on the source.  This would be more elegant with a .once()
            # handler in flow(), but adding and removing repeatedly is
            # too slow.
            ondrain = pipeOnDrain(src, dest)
            dest.on('drain', ondrain)

    def ondata(chunk: Any) -> None:
        ret = dest.write(chunk)
        if ret is False:
            pause()

    # If the dest has an error, then stop piping into it.
    # However, don't suppress the throwing behavior for this.
    def onerror(er: Any = None, *_: Any) -> None:
        unpipe()
        dest.removeListener('error', onerror)
        if dest.listenerCount('error') == 0:
            s = getattr(dest, '_writableState', None) or getattr(dest, '_readableState', None)
            if s is not None and not s.errorEmitted:
                # User incorrectly emitted 'error' directly on the stream.
                errorOrDestroy(dest, er)
            else:
                dest.emit('error', er)

    # Both close and finish should trigger unpipe, but only once.
    def onclose(*_: Any) -> None:
        dest.removeListener('finish', onfinish)
        unpipe()

    def onfinish(*_: Any) -> None:
        dest.removeListener('close', onclose)
        unpipe()

    def unpipe(*_: Any) -> None:
        src.unpipe(dest)

    endFn = onend if doEnd else unpipe
    if state.endEmitted:
        nextTick(endFn)
    else:
        src.once('end', endFn)

    dest.on('unpipe', onunpipe)

    src.on('data', ondata)

    # Make sure our error handler is attached before userland ones.
    prependListener(dest, 'error', onerror)

    dest.once('close', onclose)
    dest.once('finish', onfinish)

    # Tell the dest that it's being piped to.
    dest.emit('pipe', src)

    # Start the flow if it hasn't been started already.
    if getattr(dest, 'writableNeedDrain', None) is True:
        pause()
    elif not state.flowing:
        src.resume()

    return dest


def pipeOnDrain(src: Any, dest: Any) -> Any:
    def pipeOnDrainFunctionResult(*_: Any) -> None:
        state = src._readableState

        # `ondrain` will call directly,
        # `this` maybe not a reference to dest,
        # so we use the real dest here.
        if state.awaitDrainWriters is dest:
            state.awaitDrainWriters = None
        elif state.multiAwaitDrain:
            state.awaitDrainWriters.discard(dest)

        awaiting = state.awaitDrainWriters
        if (awaiting is None or (isinstance(awaiting, set) and len(awaiting) == 0)) and \
                state.dataListening:
            src.resume()

    return pipeOnDrainFunctionResult


# -- flowing mode ------------------------------------------------------------------------

def updateReadableListening(self: Any) -> None:
    state = self._readableState
    state.readableListening = self.listenerCount('readable') > 0

    if state.resumeScheduled and state.kPaused is False:
        # Flowing needs to be set to true now, otherwise
        # the upcoming resume will not flow.
        state.flowing = True

        # Crude way to check if we should resume.
    elif state.dataListening:
        self.resume()
    elif not state.readableListening:
        state.flowing = None


def nReadingNextTick(self: Any) -> None:
    self.read(0)


def resume(stream: Any, state: ReadableState) -> None:
    if not state.resumeScheduled:
        state.resumeScheduled = True
        nextTick(resume_, stream, state)


def resume_(stream: Any, state: ReadableState) -> None:
    if not state.reading:
        stream.read(0)

    state.resumeScheduled = False
    stream.emit('resume')
    flow(stream)
    if state.flowing and not state.reading:
        stream.read(0)


def flow(stream: Any) -> None:
    state = stream._readableState
    while state.flowing and stream.read() is not None:
        pass


# -- the async iterator ------------------------------------------------------------------

_GET_AITER = dis.opmap.get('GET_AITER')


def _calledByAsyncFor() -> bool:
    """Whether the caller of ``__aiter__`` is an ``async for`` (JavaScript's
    ``for await`` calls ``return()`` when left early; ``aiter(r)`` does not)."""
    try:
        caller = sys._getframe(2)
        return caller.f_code.co_code[caller.f_lasti] == _GET_AITER
    except (AttributeError, IndexError, ValueError):
        return True


def streamToAsyncIterator(stream: Any, options: Any, closeOnDrop: bool
                          ) -> ReadableAsyncIterator:
    if not callable(getattr(stream, 'read', None)):
        stream = _wrapStatic(stream, {'objectMode': True})
    return ReadableAsyncIterator(_AsyncIteratorState(stream, options), closeOnDrop)


# How a yielded chunk reaches the consumer. Node hands it over through a
# promise: from synchronous code the pending nextTicks run first; inside a
# promise chain (after any await) the consumer goes on at once. asyncio cannot
# tell the two apart, so a task counts as "synchronous" until its first wait
# in an iterator (or its first chunk), and a task utils.spawn is stepping
# inside its caller hands the chunk over a turn later.
# Tasks known to have waited (Node: running in a microtask chain).
_resumedTasks: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()


def _runTicksFirst() -> None:
    """Node hands a yielded chunk over through a promise: from synchronous code
    (a task's first step here) the pending nextTicks run before the consumer
    resumes. Run them now, unless a callback's drain is already under way."""
    from ..process import lifetime
    life = lifetime()
    if life.ticks and not life.inCallback:
        life.runTicks()


class _AsyncIteratorState:
    """The body of Node's ``createAsyncIterator`` generator; the stream's
    listeners hold this object, never the iterator the consumer holds."""

    __slots__ = ('stream', 'options', 'waiter', 'error', 'cleanup', 'started', 'done',
                 'onReadable', 'busy', 'queued')

    def __init__(self, stream: Any, options: Any) -> None:
        self.stream = stream
        self.options = options
        self.waiter: asyncio.Future[None] | None = None
        # Node's `error`: UNDEFINED while running, None once ended cleanly.
        self.error: Any = UNDEFINED
        self.cleanup: Any = None
        self.started = False
        self.done = False
        self.onReadable = self.next
        # A generator runs one next() at a time; later calls wait their turn.
        self.busy = False
        self.queued: collections.deque[asyncio.Future[None]] = collections.deque()

    def next(self, *_: Any) -> None:
        """The ``'readable'`` listener: wake the pending ``__anext__``."""
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def onEos(self, err: Any = None, *_: Any) -> None:
        self.error = aggregateTwoErrors(self.error, err) if err else None
        self.next()

    def start(self) -> None:
        # An async generator runs nothing before its first next(): the
        # listeners are attached then.
        from .end_of_stream import eos
        self.started = True
        stream = self.stream
        stream.on('readable', self.onReadable)
        self.cleanup = eos(stream, {'writable': False}, self.onEos)

    async def anext(self) -> Any:
        if self.busy:
            turn = asyncio.get_running_loop().create_future()
            self.queued.append(turn)
            await turn
        if self.done:
            self.passTurn()
            raise StopAsyncIteration
        self.busy = True
        try:
            return await self.step()
        finally:
            self.busy = False
            self.passTurn()

    def passTurn(self) -> None:
        queued = self.queued
        while queued:
            turn = queued.popleft()
            if not turn.done():
                turn.set_result(None)
                return

    async def step(self) -> Any:
        """One pass of the generator's loop, up to its next ``yield``."""
        if not self.started:
            self.start()
        stream = self.stream
        try:
            while True:
                chunk = None if stream.destroyed else stream.read()
                if chunk is not None:
                    task = asyncio.current_task()
                    if task is not None and task not in _resumedTasks:
                        if getattr(task.get_coro(), 'cr_frame', None) is not None and \
                                _pyinspect.getcoroutinestate(task.get_coro()) == 'CORO_CREATED':  # type: ignore[arg-type]
                            # utils.spawn is running the task's first step inside its
                            # caller: Node's hand-over is a promise, so the caller's
                            # synchronous code goes on first.
                            await asyncio.sleep(0)
                        else:
                            # The first yield of a task that has not waited yet.
                            _resumedTasks.add(task)
                            _runTicksFirst()
                    return chunk
                error = self.error
                if error is None:
                    self.finish()
                    raise StopAsyncIteration
                if error is not UNDEFINED:
                    raise error
                self.waiter = asyncio.get_running_loop().create_future()
                task = asyncio.current_task()
                if task is not None:
                    # After this wait the task runs as a promise continuation (a
                    # microtask): later yields reach the consumer before nextTicks.
                    _resumedTasks.add(task)
                await self.waiter
                if self.done:  # return() ran meanwhile
                    raise StopAsyncIteration
        except StopAsyncIteration:
            raise
        except asyncio.CancelledError:
            # A cancelled consumer leaves the loop as a `return()` would.
            self.finish()
            raise
        except BaseException as err:
            self.error = aggregateTwoErrors(self.error, err)
            self.finish()
            raise self.error  # noqa: B904 - the aggregate is what Node rejects with

    def throw(self, err: Any) -> None:
        """The generator's ``throw(err)`` while suspended at ``yield``."""
        if self.done or not self.started:
            self.done = True
            raise err
        self.error = aggregateTwoErrors(self.error, err)
        self.finish()
        raise self.error

    def finish(self) -> None:
        """The generator's ``finally`` block."""
        if self.done:
            return
        self.done = True
        if not self.started:
            return
        stream = self.stream
        error = self.error
        destroyOnReturn = (self.options or {}).get('destroyOnReturn')
        hasError = error is not None and error is not UNDEFINED
        if ((hasError or destroyOnReturn is not False)
                and (error is UNDEFINED or stream._readableState.autoDestroy)):
            destroyImpl.destroyer(stream, None)
        else:
            stream.off('readable', self.onReadable)
            self.cleanup()


class ReadableAsyncIterator:
    """What ``readable.iterator()`` and ``async for chunk in readable`` use (Node's
    ``createAsyncIterator``, an async generator).

    Leaving an ``async for`` early (``break``, ``return``, an exception)
    destroys the stream as Node's ``return()`` does (unless
    ``destroyOnReturn: False``): the loop drops the iterator it got from
    ``__aiter__`` at once and the drop runs the generator's ``finally``.
    ``aclose()`` (also ``return_()``) does it explicitly. ``next()`` gives
    JavaScript's ``{'value': ..., 'done': ...}``.
    """

    __slots__ = ('_state', '_closeOnDrop')

    def __init__(self, state: _AsyncIteratorState, closeOnDrop: bool) -> None:
        self._state = state
        self._closeOnDrop = closeOnDrop

    @property
    def stream(self) -> Any:
        return self._state.stream

    def __aiter__(self) -> ReadableAsyncIterator:
        if not _calledByAsyncFor():
            return self
        # The object an `async for` holds: dropping it (the loop left) ends the
        # iteration, as the loop's return() does in JavaScript.
        return ReadableAsyncIterator(self._state, True)

    def __anext__(self) -> Any:
        return self._state.anext()

    async def next(self) -> dict[str, Any]:
        """JavaScript's ``iterator.next()``: ``{'value': ..., 'done': ...}``."""
        try:
            value = await self._state.anext()
        except StopAsyncIteration:
            return {'value': None, 'done': True}
        return {'value': value, 'done': False}

    async def aclose(self) -> None:
        self._state.finish()

    async def return_(self, value: Any = None) -> dict[str, Any]:
        """JavaScript's ``iterator.return()``."""
        self._state.finish()
        return {'value': value, 'done': True}

    async def athrow(self, err: Any) -> Any:
        self._state.throw(err)

    throw = athrow

    def __del__(self) -> None:
        state = self._state
        if self._closeOnDrop and state.started and not state.done:
            state.finish()


# -- end ---------------------------------------------------------------------------------

# Pluck off n bytes from an array of buffers.
# Length is the combined lengths of all the buffers in the list.
def fromList(n: Any, state: ReadableState) -> Any:
    # nothing buffered.
    if state.length == 0:
        return None

    buf = state.buffer
    if state.objectMode:
        return buf.popleft()
    if not n or n >= state.length:
        # Read it all, truncate the list.
        if state.decoder is not None:
            ret: Any = _joinStrings(buf)
        elif len(buf) == 0:
            ret = b''
        elif len(buf) == 1:
            ret = buf[0]
        else:
            ret = b''.join(buf)
        buf.clear()
        return ret
    first = buf[0]
    if n < len(first):
        # `slice` is the same for buffers and strings.
        buf[0] = first[n:]
        return first[:n]
    if n == len(first):
        # First chunk is a perfect match.
        return buf.popleft()
    parts = []
    while buf:
        data = buf[0]
        if n > len(data):
            parts.append(data)
            n -= len(data)
            buf.popleft()
        else:
            if n == len(data):
                parts.append(data)
                buf.popleft()
            else:
                parts.append(data[:n])
                buf[0] = data[n:]
            break
    return _joinStrings(parts) if state.decoder is not None else b''.join(parts)


def _joinStrings(items: Any) -> str:
    """JavaScript's ``ret += chunk`` over strings: a Buffer unshifted among them
    is concatenated as its UTF-8 ``toString()``."""
    try:
        return ''.join(items)
    except TypeError:
        return ''.join([item if isinstance(item, str) else bytes(item).decode('utf-8', 'replace')
                        for item in items])


def endReadable(stream: Any) -> None:
    state = stream._readableState
    if not state.endEmitted:
        state.ended = True
        # Node queues one endReadableNT per call; one queued right behind the same one
        # finds the state the first left (nothing runs between): it is not queued.
        last = lastTick()
        if last is not None and last[0] is endReadableNT and last[1][1] is stream:
            return
        nextTick(endReadableNT, state, stream)


def endReadableNT(state: ReadableState, stream: Any) -> None:
    # Check that we didn't get one last unshift.
    if (state.errored is None and not state.closeEmitted and not state.endEmitted
            and state.length == 0):
        state.endEmitted = True
        stream.emit('end')

        if getattr(stream, 'writable', False) and getattr(stream, 'allowHalfOpen', None) is False:
            nextTick(endWritableNT, stream)
        elif state.autoDestroy:
            # In case of duplex streams we need a way to detect
            # if the writable side is ready for autoDestroy as well.
            wState = getattr(stream, '_writableState', None)
            autoDestroy = wState is None or (
                wState.autoDestroy and
                # We don't expect the writable to ever 'finish'
                # if writable is explicitly set to false.
                (wState.finished or getattr(wState, 'writable', None) is False))

            if autoDestroy:
                stream.destroy()


def endWritableNT(stream: Any) -> None:
    writable = stream.writable and not stream.writableEnded and not stream.destroyed
    if writable:
        stream.end()


def _from(iterable: Any, opts: dict[str, Any] | None = None, **kwargs: Any) -> Readable:
    """``Readable.from(iterable, opts)``: a readable of an iterable's items."""
    from .from_ import from_
    readable: Readable = from_(Readable, iterable, _options(opts, kwargs))
    return readable


def _wrapStatic(src: Any, options: dict[str, Any] | None = None, **kwargs: Any) -> Readable:
    """``Readable.wrap(src, options)``: a Readable over an old-style stream."""
    objectMode = getattr(src, 'readableObjectMode', None)
    if objectMode is None:
        objectMode = getattr(src, 'objectMode', None)

    def destroy(err: Any, callback: Any) -> None:
        destroyImpl.destroyer(src, err)
        callback(err)

    opts = {'objectMode': True if objectMode is None else objectMode,
            **(_options(options, kwargs) or {}), 'destroy': destroy}
    return Readable(opts)._wrap(src)


Readable.from_ = staticmethod(_from)  # type: ignore[attr-defined]
Readable.wrap = _dualmethod(_wrapStatic, Readable._wrap)  # type: ignore[attr-defined]
Readable.ReadableState = ReadableState  # type: ignore[attr-defined]
# Exposed for testing purposes only.
Readable._fromList = staticmethod(fromList)  # type: ignore[attr-defined]

# Node's lib/stream.js puts the operators (map, filter, toArray, ...) on
# Readable.prototype when node:stream loads, which is always; here with Readable.
from .operators import attach as _attachOperators  # noqa: E402 - needs Readable defined

_attachOperators(Readable)
