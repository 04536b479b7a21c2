"""``Readable.prototype.pipe``, ``pipeOnDrain`` and ``Readable.prototype.unpipe`` of
Node's ``internal/streams/readable.js``, in Node's order.

``Readable.pipe``/``Readable.unpipe`` (in :mod:`.readable`) are real methods that
call these; a subclass overrides them as usual.

Names that depart from Node: ``pipe(src, ...)``/``unpipe(self, ...)`` are the
prototype methods with their ``this`` as first argument; ``_indexOf`` is
``ArrayPrototypeIndexOf`` (by identity).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..process import nextTick
from . import destroy as destroyImpl
from .legacy import prependListener

if TYPE_CHECKING:
    from .readable import Readable

__all__: list[str] = []

errorOrDestroy = destroyImpl.errorOrDestroy


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


def unpipe(self: Readable, dest: Any = None) -> Readable:
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
