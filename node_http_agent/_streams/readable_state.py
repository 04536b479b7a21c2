"""The head of Node's ``internal/streams/readable.js``: ``ReadableState``.

``ReadableState`` (``stream._readableState``), its ``kOnConstructed`` hook and
its legacy ``pipesCount``/``paused`` getters (Node defines those near the end
of readable.js; they stay with the class here). ``Readable`` itself and the
push/read/flow core are in :mod:`.readable`.

Names that depart from Node: Node's bit-field flags are plain attributes with
Node's names; ``kPaused`` and ``dataListening`` are Node's ``kPaused`` and
``kDataListening`` bits.
"""

from __future__ import annotations

from typing import Any

from ..errors import ERR_UNKNOWN_ENCODING
from ..string_decoder import StringDecoder
from ..util import isEncoding
from .state import getDefaultHighWaterMark, getHighWaterMark

__all__ = ['ReadableState']


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
            from .readable import maybeReadMore  # a lazy require: readable imports this module
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
