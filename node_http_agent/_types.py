"""Typed option objects: Node's option names as ``TypedDict``s, so an IDE completes them.

Not Node's (Node's are the TypeScript interfaces of ``@types/node``): every class here is
``total=False`` with Node's camelCase keys, and is a plain ``dict`` at run time. The public
functions accept one of these, any ``dict[str, Any]`` (an option the type does not list is
passed on, as Node passes an object's extra properties) or keywords::

    from node_http_agent import http
    from node_http_agent._types import AgentOptions

    opts: AgentOptions = {'keepAlive': True, 'maxSockets': 4}
    agent = http.Agent(opts)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypedDict

__all__ = ['TcpSocketConnectOptions', 'AgentOptions', 'RequestOptions', 'ServerOptions',
           'ListenOptions', 'SecureContextOptions', 'TlsConnectOptions', 'HttpsAgentOptions',
           'HttpsRequestOptions', 'HttpsServerOptions', 'Headers']

#: ``OutgoingHttpHeaders``: a name to a value, or ``[name, value, ...]`` as Node's raw headers.
Headers = Mapping[str, Any] | Sequence[Any]


class TcpSocketConnectOptions(TypedDict, total=False):
    """``net.createConnection(options)`` / ``net.connect(options)`` (TCP or IPC)."""

    port: int | str
    host: str | None
    localAddress: str
    localPort: int
    family: Literal[0, 4, 6]
    hints: int
    lookup: Callable[..., Any]
    noDelay: bool
    keepAlive: bool
    keepAliveInitialDelay: float
    autoSelectFamily: bool
    autoSelectFamilyAttemptTimeout: float
    path: str
    timeout: float
    signal: Any
    allowHalfOpen: bool
    highWaterMark: int
    onread: Any


class AgentOptions(TcpSocketConnectOptions, total=False):
    """``new http.Agent(options)``: Node's options, then this port's (docs/extensions.md)."""

    keepAliveMsecs: float
    maxSockets: float
    maxTotalSockets: float
    maxFreeSockets: float
    scheduling: Literal['fifo', 'lifo']
    # not Node's: the agentkeepalive / undici-style extensions of docs/extensions.md
    freeSocketTimeout: float
    socketActiveTTL: float
    maxRequestsPerSocket: int
    checkIdleSocket: bool
    maxQueuedRequests: int
    queueTimeout: float
    retryStaleSocket: bool | int


class RequestOptions(TypedDict, total=False):
    """``http.request([url][, options])``."""

    agent: Any
    auth: str | None
    createConnection: Callable[..., Any]
    defaultPort: int
    family: Literal[0, 4, 6]
    headers: Headers
    hints: int
    host: str | None
    hostname: str | None
    insecureHTTPParser: bool
    joinDuplicateHeaders: bool
    localAddress: str
    localPort: int
    lookup: Callable[..., Any]
    maxHeaderSize: int
    method: str
    path: str | None
    port: int | str | None
    protocol: str | None
    setHost: bool
    signal: Any
    socketPath: str
    timeout: float
    uniqueHeaders: list[str | list[str]]
    servername: str


class ServerOptions(TypedDict, total=False):
    """``http.createServer([options])``."""

    IncomingMessage: type
    ServerResponse: type
    requestTimeout: int
    headersTimeout: int
    keepAliveTimeout: int
    connectionsCheckingInterval: int
    insecureHTTPParser: bool
    maxHeaderSize: int
    noDelay: bool
    keepAlive: bool
    keepAliveInitialDelay: float
    requireHostHeader: bool
    joinDuplicateHeaders: bool
    rejectNonStandardBodyWrites: bool
    highWaterMark: int
    uniqueHeaders: list[str | list[str]]
    allowHalfOpen: bool
    pauseOnConnect: bool


class ListenOptions(TypedDict, total=False):
    """``server.listen(options)``."""

    port: int | str
    host: str
    path: str
    backlog: int
    exclusive: bool
    ipv6Only: bool
    signal: Any


class SecureContextOptions(TypedDict, total=False):
    """``tls.createSecureContext(options)``: PEM strings or bytes, or lists of them."""

    ca: Any
    cert: Any
    key: Any
    pfx: Any
    passphrase: str
    ciphers: str
    ecdhCurve: str
    dhparam: Any
    honorCipherOrder: bool
    minVersion: str
    maxVersion: str
    secureOptions: int
    secureProtocol: str


class TlsConnectOptions(SecureContextOptions, TcpSocketConnectOptions, total=False):
    """``tls.connect(options)``."""

    socket: Any
    servername: str
    rejectUnauthorized: bool
    checkServerIdentity: Callable[..., Any]
    session: bytes
    ALPNProtocols: list[str] | list[bytes]
    secureContext: Any


class HttpsAgentOptions(AgentOptions, TlsConnectOptions, total=False):
    """``new https.Agent(options)``."""

    maxCachedSessions: int


class HttpsRequestOptions(RequestOptions, SecureContextOptions, total=False):
    """``https.request([url][, options])``."""

    rejectUnauthorized: bool
    checkServerIdentity: Callable[..., Any]
    session: bytes
    ALPNProtocols: list[str] | list[bytes]
    secureContext: Any


class HttpsServerOptions(ServerOptions, SecureContextOptions, total=False):
    """``https.createServer([options])``."""

    requestCert: bool
    rejectUnauthorized: bool
    ALPNProtocols: list[str] | list[bytes]
    ALPNCallback: Callable[..., Any]
    SNICallback: Callable[..., Any]
    handshakeTimeout: float
    secureContext: Any
