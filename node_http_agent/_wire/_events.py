"""The events the sans-IO HTTP/1.1 parsers produce.

Plain ``__slots__`` classes, cheap to build (one per message head, one per body
piece), compared by value so tests can write ``assert events == [...]``.
A message is ``ResponseHead``/``RequestHead``, then zero or more ``Body``, then
``MessageEnd``. A 1xx response other than 101 is a ``ResponseHead`` alone.
A head with ``upgrade=True`` (a 101 with ``Upgrade`` and ``Connection:
upgrade``, any response to CONNECT, an upgrade or CONNECT request) is followed
directly by ``Upgrade``, never by ``Body``/``MessageEnd``: the bytes after the
head belong to the new protocol (llhttp does call on_message_complete there;
Node's socketOnData checks for the upgrade first, as a consumer of these
events does by seeing ``Upgrade`` next).
"""

from __future__ import annotations

__all__ = ['ResponseHead', 'RequestHead', 'Body', 'MessageEnd', 'Upgrade', 'Event']


class ResponseHead:
    """A response's status line and headers (what Node's ``parserOnHeadersComplete`` gets).

    ``http_version`` is ``'1.1'``/``'1.0'``; ``raw_headers`` is flat like Node's
    ``rawHeaders``; ``keep_alive`` is llhttp's ``should_keep_alive``.
    """

    __slots__ = ('status_code', 'status_message', 'http_version', 'raw_headers',
                 'keep_alive', 'upgrade')

    def __init__(self, status_code: int, status_message: str, http_version: str,
                 raw_headers: list[str], keep_alive: bool, upgrade: bool) -> None:
        self.status_code = status_code
        self.status_message = status_message
        self.http_version = http_version
        self.raw_headers = raw_headers
        self.keep_alive = keep_alive
        self.upgrade = upgrade

    def __eq__(self, other: object) -> bool:
        if type(other) is not ResponseHead:
            return NotImplemented
        return (self.status_code == other.status_code
                and self.status_message == other.status_message
                and self.http_version == other.http_version
                and self.raw_headers == other.raw_headers
                and self.keep_alive == other.keep_alive
                and self.upgrade == other.upgrade)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f'ResponseHead({self.status_code!r}, {self.status_message!r}, '
                f'{self.http_version!r}, {self.raw_headers!r}, '
                f'keep_alive={self.keep_alive!r}, upgrade={self.upgrade!r})')


class RequestHead:
    """A request's request line and headers (server side)."""

    __slots__ = ('method', 'url', 'http_version', 'raw_headers', 'keep_alive', 'upgrade')

    def __init__(self, method: str, url: str, http_version: str,
                 raw_headers: list[str], keep_alive: bool, upgrade: bool) -> None:
        self.method = method
        self.url = url
        self.http_version = http_version
        self.raw_headers = raw_headers
        self.keep_alive = keep_alive
        self.upgrade = upgrade

    def __eq__(self, other: object) -> bool:
        if type(other) is not RequestHead:
            return NotImplemented
        return (self.method == other.method
                and self.url == other.url
                and self.http_version == other.http_version
                and self.raw_headers == other.raw_headers
                and self.keep_alive == other.keep_alive
                and self.upgrade == other.upgrade)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f'RequestHead({self.method!r}, {self.url!r}, {self.http_version!r}, '
                f'{self.raw_headers!r}, keep_alive={self.keep_alive!r}, '
                f'upgrade={self.upgrade!r})')


class Body:
    """A piece of a message body, already de-chunked."""

    __slots__ = ('data',)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __eq__(self, other: object) -> bool:
        if type(other) is not Body:
            return NotImplemented
        return self.data == other.data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f'Body({self.data!r})'


class MessageEnd:
    """The end of a message; ``raw_trailers`` flat like Node's ``rawTrailers``."""

    __slots__ = ('raw_trailers',)

    def __init__(self, raw_trailers: list[str]) -> None:
        self.raw_trailers = raw_trailers

    def __eq__(self, other: object) -> bool:
        if type(other) is not MessageEnd:
            return NotImplemented
        return self.raw_trailers == other.raw_trailers

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f'MessageEnd({self.raw_trailers!r})'


class Upgrade:
    """The connection left HTTP: ``rest`` is what followed the head (Node's ``head`` buffer).

    Once a parser has produced it, every later ``feed(data)`` returns
    ``[Upgrade(data)]``.
    """

    __slots__ = ('rest',)

    def __init__(self, rest: bytes) -> None:
        self.rest = rest

    def __eq__(self, other: object) -> bool:
        if type(other) is not Upgrade:
            return NotImplemented
        return self.rest == other.rest

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f'Upgrade({self.rest!r})'


Event = ResponseHead | RequestHead | Body | MessageEnd | Upgrade
