"""``node:http``: ``request``, ``get``, ``Agent``, ``globalAgent`` and the server.

``globalAgent`` reads and writes ``_http_agent.globalAgent`` as Node's accessor
does: after ``http.globalAgent = a``, requests without an ``agent`` use ``a``.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _http_agent
from ._http_agent import Agent
from ._http_client import ClientRequest
from ._http_common import (
    METHODS,
    STATUS_CODES,
    maxHeaderSize,
    validateHeaderName,
    validateHeaderValue,
)
from ._http_incoming import IncomingMessage
from ._http_outgoing import OutgoingMessage
from ._http_server import Server, ServerResponse, createServer
from ._types import AgentOptions, RequestOptions, ServerOptions  # @types/node's names

if TYPE_CHECKING:
    from .url import URL

__all__ = ['Agent', 'globalAgent', 'request', 'get', 'ClientRequest', 'IncomingMessage',
           'OutgoingMessage', 'createServer', 'Server', 'ServerResponse', 'STATUS_CODES',
           'METHODS', 'maxHeaderSize', 'validateHeaderName', 'validateHeaderValue',
           'AgentOptions', 'RequestOptions', 'ServerOptions']


def request(url: str | URL | RequestOptions | dict[str, Any] | None = None,
            options: RequestOptions | dict[str, Any] | Callable[..., Any] | None = None,
            callback: Callable[..., Any] | None = None, **kwargs: Any) -> ClientRequest:
    """``http.request(url[, options][, callback])`` or ``http.request(options[, callback])``."""
    return ClientRequest(url, options, callback, **kwargs)


def get(url: str | URL | RequestOptions | dict[str, Any] | None = None,
        options: RequestOptions | dict[str, Any] | Callable[..., Any] | None = None,
        callback: Callable[..., Any] | None = None, **kwargs: Any) -> ClientRequest:
    """Like :func:`request` with method GET, and ``end()`` already called."""
    req = ClientRequest(url, options, callback, **kwargs)
    req.end()
    return req


class _HttpModule(types.ModuleType):
    @property
    def globalAgent(self) -> Agent:
        return _http_agent.globalAgent

    @globalAgent.setter
    def globalAgent(self, value: Agent) -> None:
        _http_agent.globalAgent = value


sys.modules[__name__].__class__ = _HttpModule
globalAgent: Agent
