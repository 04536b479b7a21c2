"""node_http_agent: Node.js's ``http.Agent`` and the stack under it, ported to asyncio.

The public face: Node's globals (``AbortController``, ``AbortSignal``) and
re-exports. Modules mirror Node's: ``events``, ``net``, ``http``, ``https``,
``process``, ``timers``, ``url``, ``errors``; ``URL`` and ``URLSearchParams`` are
Node's globals too. See API.md for the calling conventions.
"""

from __future__ import annotations

from typing import Any

from . import errors, events, process, timers, util, validators
from .abort import AbortController, AbortSignal
from .events import EventEmitter
from .process import run

__all__ = [
    'AbortController', 'AbortSignal', 'EventEmitter', 'Agent', 'run',
    'errors', 'events', 'process', 'timers', 'util', 'validators', 'net', 'http', 'https', 'tls',
    'url', 'URL', 'URLSearchParams',
]

__version__ = '0.1.0'

_LAZY = {'net', 'http', 'https', 'tls', 'url', 'dns', 'stream', 'string_decoder', 'fs',
         'diagnostics_channel'}


def __getattr__(name: str) -> Any:
    # The network modules load on first use, so ``import node_http_agent.events``
    # stays light for programs that only need the emitter.
    import importlib
    if name in _LAZY:
        return importlib.import_module(f'{__name__}.{name}')
    if name == 'Agent':
        return importlib.import_module(f'{__name__}.http').Agent
    if name in ('URL', 'URLSearchParams'):
        return getattr(importlib.import_module(f'{__name__}.url'), name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
