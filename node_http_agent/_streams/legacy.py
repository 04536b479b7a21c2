"""Node's ``internal/streams/legacy.js``: the old ``Stream`` base and ``prependListener``.

``Stream`` is the ``EventEmitter`` every stream class derives from, with the
pre-streams2 ``pipe()``: it forwards ``'data'`` to ``dest.write()``, pauses
the source while ``write()`` returns ``False`` and resumes it on ``'drain'``.
"""

from __future__ import annotations

from typing import Any

from ..events import EventEmitter

__all__ = ['Stream', 'prependListener']


class Stream(EventEmitter):
    """Node's legacy ``Stream`` (https://nodejs.org/docs/latest-v20.x/api/stream.html)."""

    # Node 20 pre-creates these keys in a Readable's/Writable's `_events` (its
    # "shape mode"), so eventNames() lists them first, in this order, until a
    # removeAllListeners() without arguments starts afresh.
    _nhaEventShape: tuple[str, ...] = ()

    def __init__(self, opts: dict[str, Any] | None = None, **kwargs: Any) -> None:
        EventEmitter.__init__(self, opts, **kwargs)

    def eventNames(self) -> list[Any]:
        """Node's ``stream.eventNames()``."""
        names = EventEmitter.eventNames(self)
        shape = self._nhaEventShape
        if not shape or len(names) < 2:
            return names
        events = self._events or {}
        return [name for name in shape if name in events] + [
            name for name in names if name not in shape]

    def removeAllListeners(self, *args: Any) -> Any:
        """Node's ``stream.removeAllListeners()``."""
        res = EventEmitter.removeAllListeners(self, *args)
        if not args and self._nhaEventShape:
            self._nhaEventShape = ()
        return res

    def pipe(self, dest: Any, options: dict[str, Any] | None = None) -> Any:
        """Node's ``stream.pipe()``."""
        source: Any = self

        def ondata(chunk: Any) -> None:
            if getattr(dest, 'writable', False) and dest.write(chunk) is False and \
                    getattr(source, 'pause', None):
                source.pause()

        source.on('data', ondata)

        def ondrain(*_: Any) -> None:
            if getattr(source, 'readable', False) and getattr(source, 'resume', None):
                source.resume()

        dest.on('drain', ondrain)

        didOnEnd = False

        def onend(*_: Any) -> None:
            nonlocal didOnEnd
            if didOnEnd:
                return
            didOnEnd = True
            dest.end()

        def onclose(*_: Any) -> None:
            nonlocal didOnEnd
            if didOnEnd:
                return
            didOnEnd = True
            if callable(getattr(dest, 'destroy', None)):
                dest.destroy()

        # If the 'end' option is not supplied, dest.end() will be called when
        # source gets the 'end' or 'close' events.  Only dest.end() once.
        if not getattr(dest, '_isStdio', False) and (not options or options.get('end') is not False):
            source.on('end', onend)
            source.on('close', onclose)

        # Don't leave dangling pipes when there are errors. Node's one handler
        # reads `this`; here each emitter gets its own closure.
        def onerrorOf(emitter: Any) -> Any:
            def onerror(er: Any) -> None:
                cleanup()
                count = getattr(emitter, 'listenerCount', None)
                if count is not None and count('error') == 0:
                    emitter.emit('error', er)
            return onerror

        onsourceerror = onerrorOf(source)
        ondesterror = onerrorOf(dest)
        prependListener(source, 'error', onsourceerror)
        prependListener(dest, 'error', ondesterror)

        # Remove all the event listeners that were added.
        def cleanup(*_: Any) -> None:
            source.removeListener('data', ondata)
            dest.removeListener('drain', ondrain)

            source.removeListener('end', onend)
            source.removeListener('close', onclose)

            source.removeListener('error', onsourceerror)
            dest.removeListener('error', ondesterror)

            source.removeListener('end', cleanup)
            source.removeListener('close', cleanup)

            dest.removeListener('close', cleanup)

        source.on('end', cleanup)
        source.on('close', cleanup)

        dest.on('close', cleanup)
        dest.emit('pipe', source)

        # Allow for unix-like usage: A.pipe(B).pipe(C)
        return dest


def prependListener(emitter: Any, event: Any, fn: Any) -> Any:
    """Attach ``fn`` before the other listeners of ``event`` (also on old emitters)."""
    # Sadly this is not cacheable as some libraries bundle their own
    # event emitter implementation with them.
    if callable(getattr(emitter, 'prependListener', None)):
        return emitter.prependListener(event, fn)
    # Node's fallback edits a foreign emitter's `_events` (a dict of a
    # function or an array); here the same for a dict of lists or one callable.
    events = getattr(emitter, '_events', None)
    if not events or not events.get(event):
        emitter.on(event, fn)
    elif isinstance(events[event], list):
        events[event].insert(0, fn)
    else:
        events[event] = [fn, events[event]]
    return None
