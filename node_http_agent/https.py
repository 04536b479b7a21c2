"""``node:https``: ``Agent``, ``globalAgent``, ``request``, ``get``, ``createServer``.

A port of Node 20's ``lib/https.js``, in its order: the server, then the
agent (``createConnection`` -> constructor -> ``getName`` -> the session
cache), then ``globalAgent``, ``request`` and ``get``.

``https.globalAgent`` is a plain module attribute: after
``https.globalAgent = a``, later ``https.request()`` calls without an
``agent`` use ``a``, as Node's ``module.exports.globalAgent`` lookup does.
TLS sessions are opaque ``TLSSession`` objects (see ``tls``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, overload

from . import _http_server, tls
from ._http_agent import Agent as HttpAgent
from ._http_client import ClientRequest, _isUrl, urlToHttpOptions
from ._types import HttpsAgentOptions, HttpsRequestOptions, HttpsServerOptions
from .util import truthy
from .validators import validateObject

if TYPE_CHECKING:
    from .url import URL

# @types/node's names
AgentOptions = HttpsAgentOptions
RequestOptions = HttpsRequestOptions
ServerOptions = HttpsServerOptions

__all__ = ['Agent', 'globalAgent', 'Server', 'createServer', 'get', 'request',
           'AgentOptions', 'RequestOptions', 'ServerOptions']


class Server(tls.Server):
    """Node's ``https.Server``: a ``tls.Server`` (so a ``net.Server``) with ``http.Server``'s
    behaviour mixed in, as Node's ``https.js`` does; like Node's, it is not an
    ``http.Server``.

    HTTP starts on ``'secureConnection'``; ``'connection'`` carries the socket
    before its handshake (Node passes the raw TCP socket there). A failed
    handshake (``'tlsClientError'``) becomes ``'clientError'``, or destroys
    the socket when nobody listens.
    """

    maxRequestsPerSocket: int | None = None  # never set by Node's https.js: undefined

    def __init__(self, opts: Any = None, requestListener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> None:
        ALPNProtocols: Any = ['http/1.1']
        if callable(opts):
            requestListener, opts = opts, None
        elif opts is not None:
            validateObject(opts, 'options')
        opts = {k: v for k, v in {**(opts or {}), **kwargs}.items() if v is not None}
        if opts.get('ALPNProtocols') or opts.get('ALPNCallback'):
            ALPNProtocols = None
        _http_server.storeHTTPOptions(self, opts)
        tls.Server.__init__(self, {'noDelay': True, 'ALPNProtocols': ALPNProtocols, **opts},
                            self._connectionListener)
        self.httpAllowHalfOpen = False
        if requestListener is not None:
            self.addListener('request', requestListener)
        self.addListener('tlsClientError', self._onTlsClientError)
        self.timeout: float = 0
        self.maxHeadersCount: int | None = None
        self.on('listening', self._setupConnectionsTracking)

    def _onTlsClientError(self, err: BaseException, conn: Any) -> None:
        if not self.emit('clientError', err, conn):
            conn.destroy(err)

    # http.Server's prototype methods, shared as Node's https.js assigns them.
    _connectionListener: Any = _http_server.Server._connectionListener
    _setupConnectionsTracking: Any = _http_server.Server._setupConnectionsTracking
    _checkConnections = _http_server.Server._checkConnections
    closeAllConnections = _http_server.Server.closeAllConnections
    closeIdleConnections = _http_server.Server.closeIdleConnections
    setTimeout = _http_server.Server.setTimeout

    def close(self, cb: Callable[..., Any] | None = None) -> Server:
        """Node's ``server.close()``."""
        _http_server.httpServerPreClose(self)
        tls.Server.close(self, cb)
        return self


def createServer(opts: HttpsServerOptions | dict[str, Any] | Callable[..., Any] | None = None,
                 requestListener: Callable[..., Any] | None = None, **kwargs: Any) -> Server:
    """``https.createServer([options][, requestListener])``."""
    return Server(opts, requestListener, **kwargs)


# -- HTTPS agents ------------------------------------------------------------------------------

def _createConnection(self: Agent, port: Any = None, host: Any = None, options: Any = None,
                      *_: Any) -> tls.TLSSocket:
    """Node's https ``createConnection(port, host, options)``: ``tls.connect`` with the
    cached session of ``options._agentKey``; new sessions are cached, and a socket
    closed by an error evicts its key. The caller's options are not changed."""
    if isinstance(port, dict):
        options = port
    elif isinstance(host, dict):
        options = dict(host)
    elif not isinstance(options, dict):
        options = {}
    else:
        options = dict(options)
    if isinstance(port, (int, float)) and not isinstance(port, bool):
        options['port'] = port
    if isinstance(host, str):
        options['host'] = host
    agentKey = options.get('_agentKey')
    if agentKey:
        session = self._getSession(agentKey)
        if session:
            options = {'session': session, **options}
    socket = tls.connect(options)
    if agentKey:
        # Cache new session for reuse.
        socket.on('session', lambda session: self._cacheSession(agentKey, session))

        # Evict session on error.
        def onClose(err: Any = None) -> None:
            if err:
                self._evictSession(agentKey)
        socket.once('close', onClose)
    return socket


class Agent(HttpAgent):
    """Node's ``https.Agent`` (https://nodejs.org/docs/latest-v20.x/api/https.html#class-httpsagent)."""

    def __init__(self, options: HttpsAgentOptions | dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        HttpAgent.__init__(self, options, **kwargs)
        self.defaultPort = 443
        self.protocol = 'https:'
        maxCachedSessions = self.options.get('maxCachedSessions')
        self.maxCachedSessions: int = 100 if maxCachedSessions is None else maxCachedSessions
        self._sessionCache: dict[str, Any] = {'map': {}, 'list': []}

    def createConnection(self, port: Any = None, host: Any = None, options: Any = None,
                         *rest: Any) -> tls.TLSSocket:
        """Node's ``agent.createConnection()``."""
        return _createConnection(self, port, host, options, *rest)

    def getName(self, options: dict[str, Any] | None = None) -> str:
        """The pool key: the http name, then 19 TLS fields (§1.8 of the behaviours)."""
        options = options or {}
        name = HttpAgent.getName(self, options)
        get = options.get
        name += ':' + _js(get('ca'))
        name += ':' + _js(get('cert'))
        name += ':' + _js(get('clientCertEngine'))
        name += ':' + _js(get('ciphers'))
        name += ':' + _js(get('key'))
        name += ':' + _js(get('pfx'))
        name += ':'
        if get('rejectUnauthorized') is not None:
            name += _jsString(get('rejectUnauthorized'))
        name += ':'
        servername = get('servername')
        if servername and servername != get('host'):
            name += _jsString(servername)
        name += ':' + _js(get('minVersion'))
        name += ':' + _js(get('maxVersion'))
        name += ':' + _js(get('secureProtocol'))
        name += ':' + _js(get('crl'))
        name += ':'
        if get('honorCipherOrder') is not None:
            name += _jsString(get('honorCipherOrder'))
        name += ':' + _js(get('ecdhCurve'))
        name += ':' + _js(get('dhparam'))
        name += ':'
        if get('secureOptions') is not None:
            name += _jsString(get('secureOptions'))
        name += ':' + _js(get('sessionIdContext'))
        name += ':'
        if get('sigalgs'):
            name += json.dumps(get('sigalgs'), separators=(',', ':'), ensure_ascii=False)
        name += ':' + _js(get('privateKeyIdentifier'))
        name += ':' + _js(get('privateKeyEngine'))
        return name

    def _getSession(self, key: str) -> Any:
        return self._sessionCache['map'].get(key)

    def _cacheSession(self, key: str, session: Any) -> None:
        # Cache is disabled.
        if self.maxCachedSessions == 0:
            return
        cache = self._sessionCache
        # Fast case - update existing entry.
        if cache['map'].get(key):
            cache['map'][key] = session
            return
        # Put new entry.
        if len(cache['list']) >= self.maxCachedSessions:
            oldKey = cache['list'].pop(0)
            cache['map'].pop(oldKey, None)
        cache['list'].append(key)
        cache['map'][key] = session

    def _evictSession(self, key: str) -> None:
        cache = self._sessionCache
        try:
            index = cache['list'].index(key)
        except ValueError:
            return
        del cache['list'][index]
        cache['map'].pop(key, None)


def _js(value: Any) -> str:
    """``if (value) name += value``: a falsy value adds nothing."""
    return _jsString(value) if truthy(value) else ''


def _jsString(value: Any) -> str:
    """A value as JavaScript's ``'' + value`` writes it (lists comma-joined, Buffers decoded)."""
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if value is None:
        return 'null'
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode('utf-8', 'replace')
    if isinstance(value, (list, tuple)):
        return ','.join('' if v is None else _jsString(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


globalAgent: Agent = Agent({'keepAlive': True, 'scheduling': 'lifo', 'timeout': 5000})


@overload
def request(url: str | URL, options: HttpsRequestOptions | dict[str, Any] | None = None,
            callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> ClientRequest: ...
@overload
def request(url: str | URL, callback: Callable[..., Any] | None = None, /,
            **kwargs: Any) -> ClientRequest: ...
@overload
def request(options: HttpsRequestOptions | dict[str, Any] | None = None,
            callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> ClientRequest: ...
def request(*args: Any, **kwargs: Any) -> ClientRequest:
    """``https.request(url[, options][, callback])`` or ``https.request(options[, callback])``."""
    rest = list(args)
    options: dict[str, Any] = {}
    if rest and (isinstance(rest[0], str) or _isUrl(rest[0])):
        options = urlToHttpOptions(rest.pop(0))
    if rest and rest[0] and not callable(rest[0]):
        options.update(rest.pop(0))
    options['_defaultAgent'] = sys.modules[__name__].globalAgent
    return ClientRequest(options, *rest, **kwargs)


@overload
def get(url: str | URL, options: HttpsRequestOptions | dict[str, Any] | None = None,
        callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> ClientRequest: ...
@overload
def get(url: str | URL, callback: Callable[..., Any] | None = None, /,
        **kwargs: Any) -> ClientRequest: ...
@overload
def get(options: HttpsRequestOptions | dict[str, Any] | None = None,
        callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> ClientRequest: ...
def get(*args: Any, **kwargs: Any) -> ClientRequest:
    """Like :func:`request` with ``end()`` already called."""
    req = request(*args, **kwargs)
    req.end()
    return req
