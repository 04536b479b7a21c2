"""The events the sans-IO HTTP/1.1 parsers produce.

``@dataclass(slots=True)`` classes with no field defaults, so the generated
``__init__`` is plain assignments (one event per message head, one per body
piece: on the hot path); compared by value so tests can write
``assert events == [...]`` (``eq=True`` also sets ``__hash__`` to ``None``).
A message is ``ResponseHead``/``RequestHead``, then zero or more ``Body``, then
``MessageEnd``. A 1xx response other than 101 is a ``ResponseHead`` alone.
A head with ``upgrade=True`` (a 101 with ``Upgrade`` and ``Connection:
upgrade``, any response to CONNECT, an upgrade or CONNECT request) is followed
directly by ``Upgrade``, never by ``Body``/``MessageEnd``: the bytes after the
head belong to the new protocol (llhttp does call on_message_complete there;
Node's socketOnData checks for the upgrade first, as a consumer of these
events does by seeing ``Upgrade`` next).

Names against Node's parser callbacks (``lib/_http_common.js``): ResponseHead/
RequestHead = the arguments of ``parserOnHeadersComplete`` (``http_version`` =
``versionMajor.versionMinor``, ``raw_headers`` = ``headers``, ``keep_alive`` =
``shouldKeepAlive``); Body = ``parserOnBody``; MessageEnd =
``parserOnMessageComplete`` (``raw_trailers`` = the trailers ``parserOnHeaders``
collected); Upgrade = ``parser.execute()`` returning an upgrade (``rest`` =
``socketOnData``'s ``bodyHead``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ['ResponseHead', 'RequestHead', 'Body', 'MessageEnd', 'Upgrade', 'Event']


@dataclass(slots=True, eq=True, repr=True)
class ResponseHead:
    """A response's status line and headers (what Node's ``parserOnHeadersComplete`` gets).

    ``http_version`` is ``'1.1'``/``'1.0'``; ``raw_headers`` is flat like Node's
    ``rawHeaders``; ``keep_alive`` is llhttp's ``should_keep_alive``.
    """

    status_code: int
    status_message: str
    http_version: str
    raw_headers: list[str]
    keep_alive: bool
    upgrade: bool


@dataclass(slots=True, eq=True, repr=True)
class RequestHead:
    """A request's request line and headers (server side)."""

    method: str
    url: str
    http_version: str
    raw_headers: list[str]
    keep_alive: bool
    upgrade: bool


@dataclass(slots=True, eq=True, repr=True)
class Body:
    """A piece of a message body, already de-chunked."""

    data: bytes


@dataclass(slots=True, eq=True, repr=True)
class MessageEnd:
    """The end of a message; ``raw_trailers`` flat like Node's ``rawTrailers``."""

    raw_trailers: list[str]


@dataclass(slots=True, eq=True, repr=True)
class Upgrade:
    """The connection left HTTP: ``rest`` is what followed the head (Node's ``head`` buffer).

    Once a parser has produced it, every later ``feed(data)`` returns
    ``[Upgrade(data)]``.
    """

    rest: bytes


Event = ResponseHead | RequestHead | Body | MessageEnd | Upgrade
