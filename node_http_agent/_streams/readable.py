"""Node's ``internal/streams/readable.js``: ``Readable`` and its push/read/flow core.

Ported function by function from Node 20 in Node's order. Node's one file is
five here: this module (the ``Readable`` class with every prototype method,
push/``addChunk``, ``read``, ``emitReadable``, ``maybeReadMore``, flowing
mode), :mod:`.readable_state` (``ReadableState``), :mod:`.readable_pipe`
(``pipe``, ``pipeOnDrain``, ``unpipe``), :mod:`.readable_iter` (the async
iterator) and :mod:`.readable_end` (``wrap``, ``fromList``, ``endReadable``,
``Readable.from``/``wrap``); the methods stay on ``Readable`` and call them.
Node 20 packs the boolean fields of ``ReadableState`` into one bit field; here
they are plain attributes with Node's names (``flowing`` is
``None``/``True``/``False`` as Node's getter reports it). Node's internal
``kPaused`` and ``kDataListening`` bits are the fields ``kPaused`` (``None``
until ``pause()``/``resume()``) and ``dataListening``.

Python mapping: a Buffer is ``bytes`` (``bytearray``/``memoryview`` are
copied to ``bytes`` as Node wraps a Uint8Array), a chunk's length is
``len()`` (an object-mode chunk counts 1), ``None`` is EOF. Listener
registration reacts through EventEmitter's ``_watched`` hook rather than an
``on`` override.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
    AbortError,
)
from ..events import EventEmitter
from ..process import nextTick
from ..string_decoder import StringDecoder
from ..util import UNDEFINED, encodeString, isEncoding
from ..validators import validateObject
from . import destroy as destroyImpl
from .legacy import Stream
from .readable_end import _dualmethod, _from, _wrapStatic, endReadable, fromList, wrap
from .readable_iter import ReadableAsyncIterator, _calledByAsyncFor, streamToAsyncIterator
from .readable_pipe import pipe, unpipe
from .readable_state import ReadableState
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
        return unpipe(self, dest)

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
        """Node's ``readable.wrap(stream)`` (``Readable.wrap`` on an instance)."""
        return wrap(self, stream)

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


Readable.from_ = staticmethod(_from)  # type: ignore[attr-defined]
Readable.wrap = _dualmethod(_wrapStatic, Readable._wrap)  # type: ignore[attr-defined]
Readable.ReadableState = ReadableState  # type: ignore[attr-defined]
# Exposed for testing purposes only.
Readable._fromList = staticmethod(fromList)  # type: ignore[attr-defined]

# Node's lib/stream.js puts the operators (map, filter, toArray, ...) on
# Readable.prototype when node:stream loads, which is always; here with Readable.
from .operators import attach as _attachOperators  # noqa: E402 - needs Readable defined

_attachOperators(Readable)
