"""The part of ``node:stream``'s ``Readable`` that ``IncomingMessage`` stands on (until the rebase onto ``stream``).

Kept to what a port observes: paused until a ``'data'`` listener or
``resume()`` starts the flow; ``push(chunk)`` delivers at once when flowing
and buffers otherwise; ``push(None)`` ends the stream and ``'end'`` follows on
a later tick once everything was read; then ``destroy()`` runs (autoDestroy)
and ``'close'`` follows. ``destroy(err)`` emits ``'error'`` then ``'close'``.
``async for chunk in readable`` reads it.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterator, Callable
from typing import Any

from .errors import ERR_STREAM_PREMATURE_CLOSE
from .events import EventEmitter
from .process import nextTick
from .util import codecName

__all__ = ['Readable']

HIGH_WATER_MARK = 16384


class Readable(EventEmitter):
    """A minimal ``stream.Readable``; subclasses supply ``_read()`` and ``_destroy()``."""

    # Class-level defaults; an instance stores a field once it changes.
    _length = 0
    _flowing: bool | None = None
    _ended = False
    _endEmitted = False
    _resumeScheduled = False
    _readableListening = False
    destroyed = False
    _closeEmitted = False
    _encoding: str | None = None
    readableHighWaterMark = HIGH_WATER_MARK

    def __init__(self) -> None:
        super().__init__()
        self._buffer: collections.deque[Any] = collections.deque()

    # -- listeners switch modes as in Node ------------------------------------------

    _watched = frozenset(('data', 'readable'))

    def _onWatchedAdded(self, type: str) -> None:
        if type == 'data':
            if self._flowing is not False:
                self.resume()
        elif not self._endEmitted:
            self._readableListening = True
            self._flowing = False
            if self._length:
                nextTick(self._emitReadable)

    # -- the producer side ----------------------------------------------------------

    def push(self, chunk: Any) -> bool:
        """Deliver ``chunk`` (``None`` ends the stream); ``False`` asks the producer to pause."""
        if chunk is None:
            self._onEof()
            return False
        if self.destroyed or self._ended:
            return False
        if self._encoding is not None and isinstance(chunk, bytes):
            chunk = chunk.decode(self._encoding, 'replace')
        if self._flowing and not self._length and 'data' in self._events:
            self.emit('data', chunk)
            return True
        self._buffer.append(chunk)
        self._length += len(chunk)
        if self._readableListening:
            nextTick(self._emitReadable)
        return self._length < self.readableHighWaterMark

    def _onEof(self) -> None:
        if self._ended:
            return
        self._ended = True
        if self._readableListening:
            nextTick(self._emitReadable)
        elif self._flowing:
            self._flow()

    def _read(self) -> None:
        """Ask the source for more (subclasses resume their socket here)."""

    # -- the consumer side ----------------------------------------------------------

    def resume(self) -> Readable:
        if not self._flowing:
            self._flowing = not self._readableListening
            if not self._resumeScheduled:
                self._resumeScheduled = True
                nextTick(self._resumeNT)
        return self

    def _resumeNT(self) -> None:
        self._resumeScheduled = False
        self.emit('resume')  # Node's resume_() runs even if pause() came in between
        self._read()
        self._flow()

    def _flow(self) -> None:
        while self._flowing and self._buffer:
            chunk = self._buffer.popleft()
            self._length -= len(chunk)
            self.emit('data', chunk)
        if self._ended and not self._buffer and self._flowing:
            self._endReadable()
        elif self._flowing and not self._ended:
            self._read()

    def pause(self) -> Readable:
        if self._flowing is not False:
            self._flowing = False
            self.emit('pause')
        return self

    def isPaused(self) -> bool:
        return self._flowing is False

    def read(self, size: int | None = None) -> Any:
        if not self._buffer:
            if self._ended:
                self._endReadable()
            else:
                self._read()
            return None
        if self._encoding is not None:
            data: Any = ''.join(self._buffer)
        else:
            data = b''.join(self._buffer)
        self._buffer.clear()
        self._length = 0
        if size is not None and size < len(data):
            self._buffer.append(data[size:])
            self._length = len(data) - size
            data = data[:size]
        if self._ended and not self._buffer:
            self._endReadable()
        elif not self._ended:
            self._read()
        return data

    def _emitReadable(self) -> None:
        if not self.destroyed and (self._length or self._ended):
            self.emit('readable')

    def setEncoding(self, encoding: str) -> Readable:
        codec = codecName(encoding)
        self._encoding = codec
        if self._buffer:
            joined = b''.join(self._buffer)
            self._buffer = collections.deque([joined.decode(codec, 'replace')])
        return self

    def unpipe(self, *args: Any) -> Readable:
        return self

    def _endReadable(self) -> None:
        if not self._endEmitted:
            nextTick(self._endReadableNT)

    def _endReadableNT(self) -> None:
        if self._endEmitted or self._length or self.destroyed:
            return
        self._endEmitted = True
        self.emit('end')
        self.destroy()

    # -- destruction ----------------------------------------------------------------

    def destroy(self, error: BaseException | None = None) -> Readable:
        if self.destroyed:
            return self
        self.destroyed = True
        self._destroy(error, self._onDestroyed)
        return self

    def _destroy(self, error: BaseException | None, callback: Callable[..., Any]) -> None:
        callback(error)

    def _onDestroyed(self, error: BaseException | None = None) -> None:
        nextTick(self._emitErrorClose, error)

    def _emitErrorClose(self, error: BaseException | None) -> None:
        if error is not None:
            self.emit('error', error)
        if not self._closeEmitted:
            self._closeEmitted = True
            self.emit('close')

    # -- state ------------------------------------------------------------------------

    @property
    def readable(self) -> bool:
        return not self.destroyed and not self._endEmitted

    @property
    def readableEnded(self) -> bool:
        return self._endEmitted

    @property
    def readableFlowing(self) -> bool | None:
        return self._flowing

    @property
    def readableLength(self) -> int:
        return self._length

    @property
    def closed(self) -> bool:
        return self._closeEmitted

    # -- async iteration --------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Any]:
        queue: collections.deque[Any] = collections.deque()
        done: list[BaseException | None] = []
        wake: list[asyncio.Future[None]] = []
        loop = asyncio.get_running_loop()

        def signal() -> None:
            if wake and not wake[0].done():
                wake[0].set_result(None)

        def onData(chunk: Any) -> None:
            queue.append(chunk)
            if len(queue) > 16:
                self.pause()
            signal()

        def onEnd(*_: Any) -> None:
            done.append(None)
            signal()

        def onError(err: BaseException) -> None:
            done.append(err)
            signal()

        def onClose(*_: Any) -> None:
            if not self._endEmitted:
                done.append(ERR_STREAM_PREMATURE_CLOSE())
            signal()

        self.on('data', onData)
        self.on('end', onEnd)
        self.on('error', onError)
        self.on('close', onClose)
        try:
            while True:
                if queue:
                    yield queue.popleft()
                    if not queue and self._flowing is False and not done:
                        self.resume()
                    continue
                if done:
                    if done[0] is not None:
                        raise done[0]
                    return
                wake[:] = [loop.create_future()]
                await wake[0]
        finally:
            self.removeListener('data', onData)
            self.removeListener('end', onEnd)
            self.removeListener('error', onError)
            self.removeListener('close', onClose)
            if not self._endEmitted and not done:
                self.destroy()
