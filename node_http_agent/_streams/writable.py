"""Node's ``internal/streams/writable.js``: ``Writable`` and ``WritableState``.

Implement ``_write(chunk, encoding, callback)`` (or ``_writev(chunks,
callback)``); the class buffers, emits ``'drain'``, runs ``_final`` and emits
``'finish'`` exactly as Node 20 does
(https://nodejs.org/docs/latest-v20.x/api/stream.html#class-streamwritable).
A ``str`` chunk is encoded to ``bytes`` (Buffer) with its encoding unless
``decodeStrings`` is false; ``bytearray``/``memoryview`` (Uint8Array) become
``bytes``. The entries of ``writableBuffer`` and of ``_writev``'s ``chunks``
are dicts with ``'chunk'``, ``'encoding'`` (and ``'callback'``, as in Node).
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from ..errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
    AbortError,
)
from ..events import captureRejectionSymbol
from ..process import nextTick
from ..util import UNDEFINED, encodeString, isEncoding
from . import destroy as destroyImpl
from .add_abort_signal import addAbortSignal
from .legacy import Stream
from .state import getDefaultHighWaterMark, getHighWaterMark
from .utils import runHookResult

__all__ = ['Writable', 'WritableState']

errorOrDestroy = destroyImpl.errorOrDestroy


def nop(*_: Any) -> None:
    pass


def _options(options: Any, kwargs: dict[str, Any]) -> dict[str, Any] | None:
    """The options dict: a dict, keywords, or both (keywords win); ``None`` if neither."""
    if kwargs:
        return {**options, **kwargs} if options else kwargs
    return options  # type: ignore[no-any-return]


_HOOKS = ('write', 'writev', 'destroy', 'final', 'construct')


def assignHooks(stream: Any, options: dict[str, Any], names: tuple[str, ...]) -> None:
    """``if (typeof options.write === 'function') this._write = options.write`` for each name."""
    for name in names:
        hook = options.get(name)
        if callable(hook):
            setattr(stream, '_' + name, hook)


def _sameCallback(a: Any, b: Any) -> bool:
    # JavaScript's `a === b` for a function: also a fresh bound method of the same object.
    return a is b or (a.__class__ is _MethodType and a == b)


_MethodType = type(nop.__get__(0))


class _Chunks(list):  # type: ignore[type-arg]
    """The ``chunks`` array ``_writev`` receives: a list with Node's ``allBuffers`` flag."""

    allBuffers = True


class WritableState:
    """Node's ``WritableState``: the bookkeeping of a stream's writable side.

    Node 20 packs the flags into a bit field; they are plain attributes here,
    with Node's names (slots: a stream's state is built per socket and per
    request; ``__dict__`` still takes any other field a program sets).
    """

    __slots__ = (
        'objectMode', 'highWaterMark', 'decodeStrings', 'emitClose', 'autoDestroy',
        'defaultEncoding', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished', 'destroyed',
        'writing', 'sync', 'bufferProcessing', 'constructed', 'prefinished', 'errorEmitted',
        'closed', 'closeEmitted', 'errored', 'writable', 'length', 'corked', 'onwrite', 'writecb',
        'expectWriteCb', 'writelen', 'afterWriteTickInfo', 'afterWritePending', 'buffered',
        'bufferedIndex', 'allBuffers', 'allNoop', 'pendingcb', 'kOnFinished', '__dict__',
    )

    # Set by resetBuffer().
    buffered: list[Any]
    bufferedIndex: int
    allBuffers: bool
    allNoop: bool

    def __init__(self, options: Any, stream: Any, isDuplex: Any = False) -> None:
        options = options or None
        get = options.get if options is not None else {}.get
        # A Duplex shares one options dict between its sides; the writable*
        # keys set this side alone.
        self.objectMode = bool(get('objectMode')) or bool(isDuplex and get('writableObjectMode'))
        # write() returns false once length reaches it; 0 means always false.
        self.highWaterMark = (getHighWaterMark(self, options, 'writableHighWaterMark', isDuplex)
                              if options is not None else getDefaultHighWaterMark(False))
        self.decodeStrings = get('decodeStrings') is not False
        self.emitClose = get('emitClose') is not False
        self.autoDestroy = get('autoDestroy') is not False
        defaultEncoding = get('defaultEncoding')
        if defaultEncoding is None or defaultEncoding == 'utf8' or defaultEncoding == 'utf-8':
            self.defaultEncoding = 'utf8'
        elif isEncoding(defaultEncoding):
            self.defaultEncoding = defaultEncoding
        else:
            raise ERR_UNKNOWN_ENCODING(defaultEncoding)
        self.finalCalled = False
        self.needDrain = False
        self.ending = False    # end() was entered
        self.ended = False     # end() returned
        self.finished = False  # 'finish' was emitted
        self.destroyed = False
        self.writing = False
        # True until the first write returns: what should happen "later" must
        # not happen before the first write either.
        self.sync = True
        self.bufferProcessing = False
        # Async construction is opt-in: constructed until _construct runs.
        self.constructed = True
        self.prefinished = False
        self.errorEmitted = False
        self.closed = False
        self.closeEmitted = False
        self.errored: Any = None
        # None until set (a Duplex with writable: false sets False).
        self.writable: Any = None
        self.length = 0
        self.corked = 0
        self.onwrite = partial(onwrite, stream)
        self.writecb: Any = nop
        self.expectWriteCb = False
        self.writelen = 0
        self.afterWriteTickInfo: Any = None
        self.afterWritePending = False
        resetBuffer(self)
        # Pending user write callbacks: 'finish' waits for 0.
        self.pendingcb = 0
        self.kOnFinished: list[Any] = []

    def getBuffer(self) -> list[dict[str, Any]]:
        return self.buffered[self.bufferedIndex:]

    @property
    def bufferedRequestCount(self) -> int:
        return len(self.buffered) - self.bufferedIndex

    def onConstructed(self, stream: Any) -> None:
        """Node's ``WritableState.prototype[kOnConstructed]``."""
        if not self.writing:
            clearBuffer(stream, self)
        if self.ending:
            finishMaybe(stream, self)


def resetBuffer(state: Any) -> None:
    state.buffered = []
    state.bufferedIndex = 0
    state.allBuffers = True
    state.allNoop = True


class Writable(Stream):
    """Node's ``stream.Writable``."""

    WritableState = WritableState
    _writev: Any = None
    # Class default: the getters answer before __init__ ran (Node checks `this._writableState`).
    _writableState: Any = None
    # Node's `this._events ??= {...}`: these keys come first in eventNames().
    _nhaEventShape = ('close', 'error', 'prefinish', 'finish', 'drain')

    def __init__(self, options: Any = None, **kwargs: Any) -> None:
        options = _options(options, kwargs)
        self._writableState = WritableState(options, self, False)
        # EventEmitter.init runs first here: Node adds the signal's listeners
        # to a not-yet-initialised emitter, which Python's cannot take.
        Stream.__init__(self, options)
        if options:
            assignHooks(self, options, _HOOKS)
            if options.get('signal'):
                addAbortSignal(options['signal'], self)
        if getattr(self, '_construct', None) is not None:
            destroyImpl.construct(self, partial(_onConstructed, self))

    # Otherwise people could pipe Writable streams, which is just wrong.
    def pipe(self, *args: Any, **kwargs: Any) -> Any:
        """Node's ``writable.pipe()``."""
        errorOrDestroy(self, ERR_STREAM_CANNOT_PIPE())

    def write(self, chunk: Any = UNDEFINED, encoding: Any = None, cb: Any = None) -> bool:
        """Node's ``writable.write()``."""
        if encoding is not None and callable(encoding):
            cb = encoding
            encoding = None
        state = self._writableState
        if (chunk.__class__ is bytes and encoding is None and not state.objectMode
                and not state.ending and not state.destroyed and not state.writing
                and not state.errored and not state.corked and state.constructed):
            # _write -> writeOrBuffer, flat: bytes into an idle uncorked stream (hot path).
            if cb is None or not callable(cb):
                cb = nop
            state.pendingcb += 1
            length = len(chunk)
            state.length += length
            state.writelen = length
            if cb is not nop:
                state.writecb = cb
            state.writing = state.sync = state.expectWriteCb = True
            result = self._write(chunk, 'buffer', state.onwrite)  # type: ignore[func-returns-value]
            if result is not None:
                runHookResult(result)
            state.sync = False
            ret = state.length < state.highWaterMark or state.length == 0
            if not ret:
                state.needDrain = True
            return ret and not state.destroyed and not state.errored
        return _write(self, chunk, encoding, cb) is True

    def cork(self) -> None:
        """Node's ``writable.cork()``."""
        self._writableState.corked += 1

    def uncork(self) -> None:
        """Node's ``writable.uncork()``."""
        state = self._writableState
        if state.corked:
            state.corked -= 1
            if not state.writing:
                clearBuffer(self, state)

    def setDefaultEncoding(self, encoding: Any = UNDEFINED) -> Any:
        # node::ParseEncoding() requires lower case.
        """Node's ``writable.setDefaultEncoding()``."""
        if isinstance(encoding, str):
            encoding = encoding.lower()
        if not isEncoding(encoding):
            raise ERR_UNKNOWN_ENCODING(encoding)
        self._writableState.defaultEncoding = encoding
        return self

    def _write(self, chunk: Any, encoding: Any, cb: Any) -> None:
        if self._writev:
            runHookResult(self._writev([{'chunk': chunk, 'encoding': encoding}], cb))
        else:
            raise ERR_METHOD_NOT_IMPLEMENTED('_write()')

    def end(self, chunk: Any = None, encoding: Any = None, cb: Any = None) -> Any:
        """Node's ``writable.end()``."""
        state = self._writableState
        if callable(chunk):
            cb = chunk
            chunk = None
            encoding = None
        elif callable(encoding):
            cb = encoding
            encoding = None
        err = None
        if chunk is not None and chunk is not UNDEFINED:
            ret = _write(self, chunk, encoding, None)
            if isinstance(ret, BaseException):
                err = ret
        # .end() fully uncorks.
        if state.corked:
            state.corked = 1
            self.uncork()
        if err is not None:
            pass
        elif not state.ending and not state.errored:
            # Forgiving of needless end() calls, as Node is.
            state.ending = True
            finishMaybe(self, state, True)
            state.ended = True
        elif state.finished:
            err = ERR_STREAM_ALREADY_FINISHED('end')
        elif state.destroyed:
            err = ERR_STREAM_DESTROYED('end')
        if callable(cb):
            if err is not None:
                nextTick(cb, err)
            elif state.errored:
                nextTick(cb, state.errored)
            elif state.finished:
                nextTick(cb, None)
            else:
                state.kOnFinished.append(cb)
        return self

    # -- properties ---------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """Node's ``writable.closed``."""
        state = getattr(self, '_writableState', None)
        return state.closed if state is not None else False

    @property
    def destroyed(self) -> bool:
        """Node's ``writable.destroyed``."""
        state = getattr(self, '_writableState', None)
        return state.destroyed if state is not None else False

    @destroyed.setter
    def destroyed(self, value: Any) -> None:
        # Backward compatibility: the user manages destroyed explicitly.
        state = getattr(self, '_writableState', None)
        if state is not None:
            state.destroyed = bool(value)

    @property
    def writable(self) -> bool:
        """Node's ``duplex.writable``."""
        w = self._writableState
        # w.writable is False for a Duplex whose writable side was disabled
        # (or through the deprecated setter).
        return (w is not None and w.writable is not False and not w.ending and not w.ended
                and not w.destroyed and not w.errored)

    @writable.setter
    def writable(self, val: Any) -> None:
        state = getattr(self, '_writableState', None)
        if state is not None:
            state.writable = bool(val)

    @property
    def writableFinished(self) -> bool:
        """Node's ``duplex.writableFinished``."""
        state = getattr(self, '_writableState', None)
        return state.finished if state is not None else False

    @property
    def writableObjectMode(self) -> bool:
        """Node's ``duplex.writableObjectMode``."""
        state = getattr(self, '_writableState', None)
        return state.objectMode if state is not None else False

    @property
    def writableBuffer(self) -> Any:
        """Node's ``duplex.writableBuffer``."""
        state = getattr(self, '_writableState', None)
        return state.getBuffer() if state is not None else None

    @property
    def writableEnded(self) -> bool:
        """Node's ``duplex.writableEnded``."""
        state = getattr(self, '_writableState', None)
        return state.ending if state is not None else False

    @property
    def writableNeedDrain(self) -> bool:
        """Node's ``duplex.writableNeedDrain``."""
        state = getattr(self, '_writableState', None)
        if state is None:
            return False
        return bool(state.needDrain and not state.destroyed and not state.ending)

    @property
    def writableHighWaterMark(self) -> Any:
        """Node's ``duplex.writableHighWaterMark``."""
        state = getattr(self, '_writableState', None)
        return state.highWaterMark if state is not None else None

    @property
    def writableCorked(self) -> int:
        """Node's ``duplex.writableCorked``."""
        state = getattr(self, '_writableState', None)
        return state.corked if state is not None else 0

    @property
    def writableLength(self) -> Any:
        """Node's ``duplex.writableLength``."""
        state = getattr(self, '_writableState', None)
        return state.length if state is not None else None

    @property
    def errored(self) -> Any:
        """Node's ``writable.errored``."""
        state = getattr(self, '_writableState', None)
        return state.errored if state is not None else None

    @property
    def writableAborted(self) -> bool:
        """Node's ``writable.writableAborted``."""
        state = self._writableState
        return bool(state.writable is not False and (state.destroyed or state.errored)
                    and not state.finished)

    # -- destroy ------------------------------------------------------------------

    def destroy(self, err: Any = None, cb: Any = None) -> Any:
        """Node's ``duplex.destroy()``."""
        state = self._writableState
        # Invoke pending callbacks.
        if (state.buffered or state.kOnFinished) and not state.destroyed:
            nextTick(errorBuffer, state)
        destroyImpl.destroy(self, err, cb)
        return self

    _undestroy = destroyImpl.undestroy

    # Symbol.asyncDispose: `async with writable:` destroys it on the way out.
    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.asyncDispose()

    def asyncDispose(self) -> asyncio.Future[None]:
        """Node's ``writable[Symbol.asyncDispose]()``: destroy (AbortError unless
        finished), then a future settled when the stream is done."""
        from .end_of_stream import eos
        if not self.destroyed:
            self.destroy(None if self.writableFinished else AbortError())
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def callback(err: Any = None, *_: Any) -> None:
            if future.done():
                return
            if err and getattr(err, 'name', None) != 'AbortError':
                future.set_exception(err)
            else:
                future.set_result(None)

        eos(self, callback)
        return future

    def _destroy(self, err: Any, cb: Any) -> None:
        cb(err)


def _captureRejection(self: Any, err: Any, *_: Any) -> None:
    """Node's ``writable[Symbol.for('nodejs.rejection')](err, event)``: a captured rejection."""
    self.destroy(err)


setattr(Writable, captureRejectionSymbol, _captureRejection)


def _onConstructed(stream: Any, *_: Any) -> None:
    stream._writableState.onConstructed(stream)


def _write(stream: Any, chunk: Any, encoding: Any, cb: Any) -> Any:
    state = stream._writableState
    if cb is None or not callable(cb):
        cb = nop
    if chunk is None:
        raise ERR_STREAM_NULL_VALUES()
    if not state.objectMode:
        if not encoding:
            encoding = state.defaultEncoding
        elif encoding != 'buffer' and not isEncoding(encoding):
            raise ERR_UNKNOWN_ENCODING(encoding)
        cls = chunk.__class__
        if cls is bytes:
            encoding = 'buffer'
        elif cls is str or isinstance(chunk, str):
            if state.decodeStrings:
                chunk = encodeString(chunk, encoding)
                encoding = 'buffer'
        elif isinstance(chunk, (bytes, bytearray, memoryview)):
            # An ArrayBufferView (or Buffer subclass) becomes a Buffer.
            chunk = bytes(chunk)
            encoding = 'buffer'
        else:
            raise ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                       chunk)
    err = None
    if state.ending:
        err = ERR_STREAM_WRITE_AFTER_END()
    elif state.destroyed:
        err = ERR_STREAM_DESTROYED('write')
    if err is not None:
        nextTick(cb, err)
        errorOrDestroy(stream, err, True)
        return err
    state.pendingcb += 1
    return writeOrBuffer(stream, state, chunk, encoding, cb)


def writeOrBuffer(stream: Any, state: Any, chunk: Any, encoding: Any, callback: Any) -> bool:
    """Write now if idle, else queue; ``False`` once ``highWaterMark`` is reached."""
    length = 1 if state.objectMode else len(chunk)
    state.length += length
    if state.writing or state.errored or state.corked or not state.constructed:
        state.buffered.append({'chunk': chunk, 'encoding': encoding, 'callback': callback})
        if state.allBuffers and encoding != 'buffer':
            state.allBuffers = False
        if state.allNoop and callback is not nop:
            state.allNoop = False
    else:
        state.writelen = length
        if callback is not nop:
            state.writecb = callback
        state.writing = state.sync = state.expectWriteCb = True
        result = stream._write(chunk, encoding, state.onwrite)
        if result is not None:
            runHookResult(result)
        state.sync = False
    ret = state.length < state.highWaterMark or state.length == 0
    # A previous needDrain must not be reset to false.
    if not ret:
        state.needDrain = True
    # False if errored or destroyed, to break synchronous write() loops.
    return ret and not state.destroyed and not state.errored


def doWrite(stream: Any, state: Any, writev: bool, length: int, chunk: Any, encoding: Any,
            cb: Any) -> None:
    state.writelen = length
    if cb is not nop:
        state.writecb = cb
    state.writing = state.sync = state.expectWriteCb = True
    if state.destroyed:
        state.onwrite(ERR_STREAM_DESTROYED('write'))
    elif writev:
        runHookResult(stream._writev(chunk, state.onwrite))
    else:
        runHookResult(stream._write(chunk, encoding, state.onwrite))
    state.sync = False


def onwriteError(stream: Any, state: Any, er: Any, cb: Any) -> None:
    state.pendingcb -= 1
    cb(er)
    # Callbacks run even without autoDestroy; the buffered writes get their
    # own error, not er. The 'error' must follow cb.
    errorBuffer(state)
    errorOrDestroy(stream, er)


def onwrite(stream: Any, er: Any = None, *_: Any) -> None:
    """The callback ``_write`` receives (``state.onwrite``)."""
    state = stream._writableState
    if not state.expectWriteCb:
        errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK())
        return
    sync = state.sync
    cb = state.writecb
    state.writecb = nop
    state.writing = state.expectWriteCb = False
    state.length -= state.writelen
    state.writelen = 0
    if er:
        if not state.errored:
            state.errored = er
        # A Duplex's readable side learns of the error too.
        rState = getattr(stream, '_readableState', None)
        if rState is not None and not rState.errored:
            rState.errored = er
        if sync:
            nextTick(onwriteError, stream, state, er, cb)
        else:
            onwriteError(stream, state, er, cb)
        return
    if state.buffered:
        clearBuffer(stream, state)
    if not sync:
        afterWrite(stream, state, 1, cb)
        return
    # Node 20 writes `state[kState] & kDestroyed !== 0`, which reads the
    # objectMode bit; kept, since it decides when callbacks run.
    needTick = (state.needDrain and state.length == 0) or state.objectMode or cb is not nop
    info = state.afterWriteTickInfo
    if cb is nop:
        if not state.afterWritePending and needTick:
            nextTick(afterWrite, stream, state, 1, cb)
            state.afterWritePending = True
        else:
            state.pendingcb -= 1
            if state.ending:
                finishMaybe(stream, state, True)
    elif info is not None and _sameCallback(info['cb'], cb):
        # The same write() callback again (the common case) counts up
        # instead of scheduling another tick.
        info['count'] += 1
    elif needTick:
        state.afterWriteTickInfo = {'count': 1, 'cb': cb, 'stream': stream, 'state': state}
        nextTick(afterWriteTick, state.afterWriteTickInfo)
        state.afterWritePending = True
    else:
        state.pendingcb -= 1
        if state.ending:
            finishMaybe(stream, state, True)


def afterWriteTick(info: dict[str, Any]) -> None:
    state = info['state']
    state.afterWriteTickInfo = None
    afterWrite(info['stream'], state, info['count'], info['cb'])


def afterWrite(stream: Any, state: Any, count: int, cb: Any) -> None:
    state.afterWritePending = False
    if state.needDrain and not state.ending and not state.destroyed and state.length == 0:
        state.needDrain = False
        stream.emit('drain')
    while count > 0:
        count -= 1
        state.pendingcb -= 1
        cb(None)
    if state.destroyed:
        errorBuffer(state)
    if state.ending:
        finishMaybe(stream, state, True)


def errorBuffer(state: Any) -> None:
    """Fail every buffered write and pending end() callback."""
    if state.writing:
        return
    buffered = state.buffered
    for n in range(state.bufferedIndex, len(buffered)):
        entry = buffered[n]
        state.length -= 1 if state.objectMode else len(entry['chunk'])
        errored = state.errored
        entry['callback'](errored if errored is not None else ERR_STREAM_DESTROYED('write'))
    errored = state.errored
    callFinishedCallbacks(state, errored if errored is not None else ERR_STREAM_DESTROYED('end'))
    resetBuffer(state)


def clearBuffer(stream: Any, state: Any) -> None:
    """Hand the buffered writes to ``_writev`` (all at once) or ``_write`` (one by one)."""
    if (state.destroyed or state.bufferProcessing or state.corked or not state.buffered
            or not state.constructed):
        return
    buffered = state.buffered
    bufferedIndex = state.bufferedIndex
    objectMode = state.objectMode
    bufferedLength = len(buffered) - bufferedIndex
    if not bufferedLength:
        return
    i = bufferedIndex
    state.bufferProcessing = True
    if bufferedLength > 1 and stream._writev:
        state.pendingcb -= bufferedLength - 1
        if state.allNoop:
            callback: Any = nop
        else:
            def callback(err: Any = None, *_: Any) -> None:
                for n in range(i, len(buffered)):
                    buffered[n]['callback'](err)
        # Always a copy here (Node reuses the array when it can; unobservable).
        chunks = _Chunks(buffered[i:])
        chunks.allBuffers = state.allBuffers
        doWrite(stream, state, True, state.length, chunks, '', callback)
        resetBuffer(state)
    else:
        while True:
            entry = buffered[i]
            buffered[i] = None
            i += 1
            chunk = entry['chunk']
            doWrite(stream, state, False, 1 if objectMode else len(chunk), chunk,
                    entry['encoding'], entry['callback'])
            if i >= len(buffered) or state.writing:
                break
        if i == len(buffered):
            resetBuffer(state)
        elif i > 256:
            del buffered[:i]
            state.bufferedIndex = 0
        else:
            state.bufferedIndex = i
    state.bufferProcessing = False


def needFinish(state: Any) -> bool:
    # Ended and constructed; not destroyed, finished, writing, errored, buffering.
    return bool(state.ending and state.constructed and state.length == 0
                and not state.destroyed and not state.finished and not state.writing
                and not state.errorEmitted and not state.closeEmitted and not state.errored
                and not state.buffered)


def onFinish(stream: Any, state: Any, err: Any = None) -> None:
    """The callback ``_final`` receives."""
    if state.prefinished:
        errorOrDestroy(stream, err if err is not None else ERR_MULTIPLE_CALLBACK())
        return
    state.pendingcb -= 1
    if err:
        callFinishedCallbacks(state, err)
        errorOrDestroy(stream, err, state.sync)
    elif needFinish(state):
        state.prefinished = True
        stream.emit('prefinish')
        # Backwards compat: 'finish' is async relative to _final's callback
        # whatever state.sync says.
        state.pendingcb += 1
        nextTick(finish, stream, state)


def prefinish(stream: Any, state: Any) -> None:
    if state.prefinished or state.finalCalled:
        return
    if callable(getattr(stream, '_final', None)) and not state.destroyed:
        state.finalCalled = state.sync = True
        state.pendingcb += 1
        try:
            runHookResult(stream._final(lambda err=None, *_: onFinish(stream, state, err)))
        except Exception as err:  # noqa: BLE001 - a throwing _final is its callback's error
            onFinish(stream, state, err)
        state.sync = False
    else:
        state.finalCalled = state.prefinished = True
        stream.emit('prefinish')


def _finishIfNeeded(stream: Any, state: Any) -> None:
    if needFinish(state):
        finish(stream, state)
    else:
        state.pendingcb -= 1


def finishMaybe(stream: Any, state: Any, sync: bool = False) -> None:
    if needFinish(state):
        prefinish(stream, state)
        if state.pendingcb == 0:
            if sync:
                state.pendingcb += 1
                nextTick(_finishIfNeeded, stream, state)
            elif needFinish(state):
                state.pendingcb += 1
                finish(stream, state)


def finish(stream: Any, state: Any) -> None:
    state.pendingcb -= 1
    state.finished = True
    callFinishedCallbacks(state, None)
    stream.emit('finish')
    if state.autoDestroy:
        # A Duplex auto-destroys once its readable side is done too (or was
        # disabled: it will never 'end').
        rState = getattr(stream, '_readableState', None)
        if rState is None or (rState.autoDestroy and (
                rState.endEmitted or getattr(rState, 'readable', None) is False)):
            stream.destroy()


def callFinishedCallbacks(state: Any, err: Any) -> None:
    if not state.kOnFinished:
        return
    onfinishCallbacks = state.kOnFinished
    state.kOnFinished = []
    for callback in onfinishCallbacks:
        callback(err)
