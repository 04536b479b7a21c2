"""What ``_http_common.js`` shares between client and server: tokens, methods, codes.

``parserOnHeadersComplete`` (a parsed head into a new ``IncomingMessage``, for
the client's and the server's parser glue alike), the header-name/value checks
(``validateHeaderName``/``validateHeaderValue``) and ``STATUS_CODES``/``METHODS``
as Node exports them from ``node:http`` (``METHODS`` comes from the parser
layer, as Node's comes from the parser binding).
"""

from __future__ import annotations

import re
from typing import Any

from ._http_incoming import IncomingMessage
from ._wire._common import METHODS
from ._wire._events import RequestHead, ResponseHead
from .errors import ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN
from .util import UNDEFINED

__all__ = ['parserOnHeadersComplete', 'SocketListener', 'METHODS', 'STATUS_CODES', 'checkIsHttpToken', 'checkInvalidHeaderChar',
           'validateHeaderName', 'validateHeaderValue', 'maxHeaderSize']

maxHeaderSize = 16384

# http_version -> (httpVersionMajor, httpVersionMinor) for the versions llhttp reads.
_VERSIONS = {'1.1': (1, 1), '1.0': (1, 0), '0.9': (0, 9), '2.0': (2, 0)}


def parserOnHeadersComplete(parser: Any, head: ResponseHead | RequestHead,
                            ParserIncomingMessage: type[IncomingMessage] = IncomingMessage,
                            joinDuplicateHeaders: bool = False) -> IncomingMessage:
    """Node's ``parserOnHeadersComplete``: a new ``IncomingMessage`` on ``parser.socket``
    filled from a parsed head (``parser.maxHeaderPairs`` bounds what ``headers`` reads).

    Departs from Node: the message is returned, not handed to ``parser.onIncoming``
    (the client's ``_ClientParser`` stores it and calls its ``onIncoming``, the
    server's ``onHeaders`` goes on as ``parserOnIncoming``); the class and
    ``joinDuplicateHeaders`` are arguments instead of ``socket.server[kIncomingMessage]``
    and ``[kJoinDuplicateHeaders] || parser.joinDuplicateHeaders``; ``headers`` is
    built lazily from ``rawHeaders`` instead of by ``_addHeaderLines`` here.
    """
    incoming = ParserIncomingMessage(parser.socket)
    version = head.http_version
    numbers = _VERSIONS.get(version)
    if numbers is None:
        major, _, minor = version.partition('.')
        numbers = (int(major), int(minor or 0))
    incoming.httpVersionMajor, incoming.httpVersionMinor = numbers
    incoming.httpVersion = version
    incoming.joinDuplicateHeaders = joinDuplicateHeaders
    incoming.upgrade = head.upgrade
    incoming.rawHeaders = head.raw_headers
    incoming._headersCount = parser.maxHeaderPairs
    if isinstance(head, RequestHead):  # server only
        incoming.method = head.method
        incoming.url = head.url
    else:  # client only (url stays '': a response parser has none)
        incoming.statusCode = head.status_code
        incoming.statusMessage = head.status_message
    return incoming



class SocketListener:
    """A socket listener of one role. Node shares one function per role and reads
    the socket from ``this``; here each socket gets a callable that compares equal
    to any other of the same role and socket, so ``removeListener`` finds it."""

    __slots__ = ('socket',)

    def __init__(self, socket: Any) -> None:
        self.socket = socket

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__ and \
            other.socket is self.socket

    def __hash__(self) -> int:
        return id(self.socket)

_TOKEN = re.compile(r"^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$")
_INVALID_HEADER_CHAR = re.compile(r'[^\t\x20-\x7e\x80-\xff]')


def checkIsHttpToken(value: Any) -> bool:
    # fullmatch: '$' would also match before a final '\n' (a header-injection hole)
    return isinstance(value, str) and _TOKEN.fullmatch(value) is not None


def checkInvalidHeaderChar(value: str) -> bool:
    return _INVALID_HEADER_CHAR.search(value) is not None


def validateHeaderName(name: Any, label: str = 'Header name') -> None:
    """Node's ``http.validateHeaderName()``."""
    if not isinstance(name, str) or not name or not checkIsHttpToken(name):
        raise ERR_INVALID_HTTP_TOKEN(label, name)


def validateHeaderValue(name: str, value: Any) -> None:
    """Node's ``http.validateHeaderValue()``."""
    if value is None or value is UNDEFINED:
        raise ERR_HTTP_INVALID_HEADER_VALUE('undefined', name)
    if checkInvalidHeaderChar(headerValueString(value)):
        raise ERR_INVALID_CHAR('header content', name)


def headerValueString(value: Any) -> str:
    """``String(value)`` for a header value (numbers as JavaScript prints them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        from .util import numberToString
        return numberToString(value)
    if isinstance(value, (list, tuple)):
        return ','.join(headerValueString(v) for v in value)
    return str(value)


STATUS_CODES: dict[int, str] = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
    410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
    413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
    416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
    421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
    424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
    428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
    511: 'Network Authentication Required',
}
