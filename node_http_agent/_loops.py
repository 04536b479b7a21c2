"""The loop under ``process.run()`` (port-only): uvloop when importable, else asyncio's.

``NODE_HTTP_AGENT_LOOP=asyncio`` or ``=uvloop`` forces one. uvloop's loop is a
subclass that keeps what ``run()`` must see and uvloop hides: its timers (the
process lifetime, ``getActiveResourcesInfo``) and the task steps it has queued
(the microtask order of :mod:`node_http_agent._task_queues`).
"""

from __future__ import annotations

import asyncio
import os
import weakref
from collections.abc import Callable
from typing import Any

from ._task_queues import _isStep


def _default_loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """``NODE_HTTP_AGENT_LOOP``: ``asyncio`` or ``uvloop``; unset, uvloop when importable."""
    choice = os.environ.get('NODE_HTTP_AGENT_LOOP', '')
    if choice == 'asyncio':
        return asyncio.new_event_loop
    if choice == 'uvloop':
        return uvloopFactory()
    try:
        return uvloopFactory()
    except ImportError:
        return asyncio.new_event_loop


def uvloopFactory() -> Callable[[], asyncio.AbstractEventLoop]:
    """A uvloop loop that lets ``run()`` see plain asyncio timers.

    uvloop keeps its timers in C; this subclass records the handles that
    ``call_later``/``call_at`` return (a weak set), so a pending
    ``asyncio.sleep`` keeps the process alive as it does on asyncio's loop.
    """
    global _uvloopClass
    if _uvloopClass is not None:
        return _uvloopClass
    import uvloop

    class Loop(uvloop.Loop):
        pendingSteps = 0  # task steps queued and not run yet (asyncio's loop shows its queue)

        def __init__(self) -> None:
            super().__init__()
            # handle -> (callback, args): uvloop's handles do not show them.
            self.timerHandles: weakref.WeakKeyDictionary[Any, tuple[Any, tuple[Any, ...]]] = \
                weakref.WeakKeyDictionary()

        def call_soon(  # type: ignore[override]
                self, callback: Any, *args: Any, context: Any = None) -> Any:
            if _isStep(callback):
                self.pendingSteps += 1
            return super().call_soon(callback, *args, context=context)

        def call_later(  # type: ignore[override]
                self, delay: float, callback: Any, *args: Any,
                       context: Any = None) -> Any:
            handle = super().call_later(delay, callback, *args, context=context)
            if hasattr(handle, 'when'):  # a delay <= 0 gives a plain Handle (call_soon)
                self.timerHandles[handle] = (callback, args)
            return handle

        def call_at(  # type: ignore[override]
                self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:
            handle = super().call_at(when, callback, *args, context=context)
            if hasattr(handle, 'when'):
                self.timerHandles[handle] = (callback, args)
            return handle

    _uvloopClass = Loop
    return Loop


_uvloopClass: Callable[[], asyncio.AbstractEventLoop] | None = None
