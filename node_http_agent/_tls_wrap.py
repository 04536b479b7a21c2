"""Node's ``_tls_wrap.js``: ``TLSSocket``, ``Server``, ``createServer``, ``connect``.

Events follow Node: ``'connect'`` when TCP connects, the handshake, then
(client) the certificate checks of ``onConnectSecure`` and ``'secureConnect'``,
then ``'session'``; on a server, ``'secureConnection'`` or ``'tlsClientError'``.
Writes made before the handshake is over are kept and sent, in order, once it
is (on a client: once the server is verified).
"""

from __future__ import annotations

import asyncio
import errno
import re
import ssl
from collections.abc import Callable
from typing import Any, overload

from . import errors, net
from ._js_stream_socket import JSStreamTransport
from ._tls_common import (
    _CONTEXT_OPTIONS,
    DEFAULT_CIPHERS,
    SecureContext,
    _contextFor,
    _WrappedContext,
    createSecureContext,
)
from ._tls_session import TLSSession, currentSession, resumeArgument, setNativeSession
from ._tls_transport import _TLSLayer
from ._tls_x509 import (
    _certificateObject,
    _chainError,
    _checkIssued,
    _decodeAll,
    _selfIssued,
    checkServerIdentity,
)
from ._types import TlsConnectOptions
from .errors import (
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_SNI_FROM_SERVER,
    X509_CODES,
    NodeError,
    OpenSSLError,
    connResetException,
    sslError,
    x509CodeNumber,
    x509VerifyError,
)
from .process import nextTick
from .validators import validateString

# -- TLSSocket ---------------------------------------------------------------------------



class TLSSocket(net.Socket):
    """Node's ``tls.TLSSocket`` (https://nodejs.org/docs/latest-v20.x/api/tls.html#class-tlstlssocket)."""

    def __init__(self, socket: Any = None, options: dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        opts = {k: v for k, v in {**(options or {}), **kwargs}.items() if v is not None}
        allowHalfOpen = socket.allowHalfOpen if socket is not None else opts.get('allowHalfOpen')
        super().__init__({'allowHalfOpen': allowHalfOpen, 'signal': opts.get('signal')})
        self._tlsOptions = opts
        self._secureEstablished = False
        self._controlReleased = False
        self.secureConnecting = True
        self._SNICallback: Callable[..., Any] | None = None
        self.servername: Any = None
        self.alpnProtocol: Any = None
        self.authorized = False
        self.authorizationError: str | None = None
        self.encrypted = True
        self._isVerified = False
        self._pendingSession: Any = None
        self._lastSessionId: bytes | None = None
        self._sniName: str | None = None
        self._session: Any = None
        self._servernameOut: str | None = None
        self._connectOptions: dict[str, Any] | None = None
        self._keylogEnabled = False
        self._layer: _TLSLayer | None = None
        self._sslobj: ssl.SSLObject | None = None
        self._closeAfterHandlingError = False
        self._errorEmitted = False
        self._contextError: OSError | None = None
        try:
            self._secureContext: SecureContext = _contextFor(opts)
        except OSError as exc:
            if isinstance(exc, ssl.SSLError):
                raise
            # No fd for the in-memory key file (EMFILE): Node needs none, so like Node's
            # socket() at the fd limit, this fails at connect with a coded 'error'.
            self._contextError = exc
        self.server = opts.get('server')
        self.on('error', self._tlsError)
        self._init(socket)

    # -- construction (Node's TLSSocket.prototype._init) -----------------------------------

    def _init(self, socket: Any) -> None:
        options = self._tlsOptions
        isServer = bool(options.get('isServer'))
        self._requestCert = bool(options.get('requestCert')) or not isServer
        self._rejectUnauthorized = bool(options.get('rejectUnauthorized'))
        if self.listenerCount('newListener', self._keylogNewListener) == 0:
            self.on('newListener', self._keylogNewListener)
        if isServer:
            callback = options.get('SNICallback')
            if callable(callback):
                self._SNICallback = callback
        else:
            if options.get('session'):
                self.setSession(options['session'])
        handshakeTimeout = options.get('handshakeTimeout') or 0
        if handshakeTimeout > 0:
            self.setTimeout(handshakeTimeout, self._handleTimeout)
        if socket is not None:
            self._wrapSocket(socket)

    def _wrapSocket(self, socket: Any) -> None:
        """``new TLSSocket(socket)``: run over a connected (or connecting) socket or any Duplex."""
        self._hasHandle = True  # Node's TLSSocket wraps its handle (TLSWrap) at construction
        def takeOver(*_: Any) -> None:
            transport, buffered = _detachTransport(socket)
            if transport is None:
                self.destroy(errors.ERR_SOCKET_CLOSED())
                return
            self.connecting = True
            if not isinstance(transport, JSStreamTransport):
                self._hold()  # a JavaScript stream is no handle: it keeps nothing alive
            self._onConnected(transport)
            layer = self._layer
            if buffered and layer is not None and not self.destroyed:
                # Node's _init: "Socket already has some buffered data - emulate receiving it".
                layer.data_received(buffered)
        if _whenConnected(socket, takeOver):
            self.connecting = True
            self._hold()

    def _keylogNewListener(self, event: Any, *_: Any) -> None:
        if event != 'keylog':
            return
        self._keylogEnabled = True
        layer = self._layer
        if layer is not None and layer.keylog is None:
            layer.keylog = self._secureContext._keylogTap(*self._contextRole())
        self.removeListener('newListener', self._keylogNewListener)

    def _contextRole(self) -> tuple[bool, bool]:
        isServer = bool(self._tlsOptions.get('isServer'))
        if isServer:
            return True, self._rejectUnauthorized
        return False, self._tlsOptions.get('rejectUnauthorized') is not False

    # -- connecting --------------------------------------------------------------------------

    def _onConnected(self, transport: asyncio.Transport) -> None:
        """TCP is up: put the TLS layer between transport and socket, start the handshake."""
        if self.destroyed:
            transport.abort()
            return
        if self._contextError is not None:
            try:
                self._secureContext = _contextFor(self._tlsOptions)
                self._contextError = None
            except OSError as exc:
                transport.abort()
                peer = transport.get_extra_info('peername') or (None, None)
                self.destroy(errors.fromOSError(exc, 'connect', peer[0], peer[1]))
                return
        layer = _TLSLayer(self, transport)
        server, verify = self._contextRole()
        ctx = self._secureContext._get(server, verify)
        if self._keylogEnabled:
            layer.keylog = self._secureContext._keylogTap(server, verify)
        hostname = self._servernameOut if not server else None
        session, native = resumeArgument(self._session)
        try:
            sslobj = ctx.wrap_bio(layer.incoming, layer.outgoing, server_side=server,
                                  server_hostname=hostname, session=session)
        except (ValueError, TypeError, ssl.SSLError):
            # A session from another SSLContext cannot be resumed here: connect afresh.
            sslobj = ctx.wrap_bio(layer.incoming, layer.outgoing, server_side=server,
                                  server_hostname=hostname)
        if native is not None and not server:
            setNativeSession(sslobj, native)
        sslobj._tlsSocket = self  # type: ignore[attr-defined]
        layer.sslobj = sslobj
        layer.ssl = sslobj._sslobj  # type: ignore[attr-defined]
        self._layer = layer
        self._sslobj = sslobj
        super()._onConnected(layer)  # type: ignore[arg-type]
        if not self.destroyed and self._transport is layer:  # type: ignore[comparison-overlap]
            self._start()

    def _start(self) -> None:
        layer = self._layer
        if layer is not None and not layer.established:
            layer.handshake()

    def _onHandshakeDone(self) -> None:
        self._finishInit()
        layer = self._layer
        if self.destroyed or layer is None:
            return
        if not layer.released:
            layer.release()
        if not self.destroyed and layer.incoming.pending:
            layer.readApp()

    def _finishInit(self) -> None:
        """Node's ``_finishInit``: the handshake is done; ``'secure'`` drives the rest."""
        sslobj = self._sslobj
        if sslobj is None:
            return
        self.alpnProtocol = sslobj.selected_alpn_protocol() or False
        if self.servername is None:
            if self._tlsOptions.get('isServer'):
                self.servername = self._sniName or False
            else:
                self.servername = self._servernameOut or False
        self._secureEstablished = True
        handshakeTimeout = self._tlsOptions.get('handshakeTimeout') or 0
        if handshakeTimeout > 0:
            self.setTimeout(0, self._handleTimeout)
        tls13 = sslobj.version() == 'TLSv1.3'
        if self._layer is not None and tls13 and not self._tlsOptions.get('isServer'):
            self._layer.watchSessions()  # TLS 1.3 tickets come after the handshake
        self.emit('secure')
        if not self.destroyed and not tls13:
            self._checkSession()

    def _onTLSFailure(self, exc: ssl.SSLError) -> None:
        """Node's ``onerror`` for the TLS layer (handshake or record failure)."""
        if isinstance(exc, ssl.SSLCertVerificationError) and \
                not self._tlsOptions.get('isServer'):
            err: NodeError = self._chainVerifyError(exc)
            self.authorized = False
            self.authorizationError = err.code
        else:
            err = sslError(exc)
            layer = self._layer
            if layer is not None and layer.pending:
                # Node's TLSWrap fails the writes still queued with UV_EPROTO.
                err = errors.errnoException(errno.EPROTO, 'write', str(err))
        if self._hadError:
            return
        self._hadError = True
        if not self._secureEstablished:
            self._closeAfterHandlingError = True
            self.destroy(err)
        else:
            self._emitTLSError(err)

    def _handleTimeout(self, *_: Any) -> None:
        self._emitTLSError(ERR_TLS_HANDSHAKE_TIMEOUT())

    def _emitTLSError(self, err: BaseException) -> None:
        e = self._tlsError(err)
        if e is not None:
            self.emit('error', e)

    def _tlsError(self, err: BaseException) -> BaseException | None:
        self.emit('_tlsError', err)
        if self._controlReleased:
            return err
        return None

    def _releaseControl(self) -> bool:
        if self._controlReleased:
            return False
        self._controlReleased = True
        self.removeListener('error', self._tlsError)
        return True

    # -- verification ------------------------------------------------------------------------

    def _peerChain(self) -> list[bytes]:
        """The chain the peer sent, DER, leaf first (``[]`` on a resumed session)."""
        sslobj = self._sslobj
        if sslobj is None:
            return []
        # Public as SSLObject.get_unverified_chain() from Python 3.13; _ssl has it from 3.10.
        getter = getattr(sslobj._sslobj, 'get_unverified_chain', None)  # type: ignore[attr-defined]
        chain = getter() if getter is not None else None
        if chain:
            return [c.public_bytes(ssl._ssl.ENCODING_DER)  # type: ignore[attr-defined]
                    for c in chain]
        der = sslobj.getpeercert(True)
        return [der] if der else []

    def _chainVerifyError(self, exc: ssl.SSLCertVerificationError) -> OpenSSLError:
        """Node's verify error for a handshake that OpenSSL failed at its first chain error:
        the code Node's OpenSSL reports after checking the whole chain (the last error)."""
        code = _chainError(self._peerChain(),
                           self._secureContext._trustAnchors(*self._contextRole()))
        if code is None:
            code = getattr(exc, 'verify_code', 0) or 0
        return x509VerifyError(code, getattr(exc, 'verify_message', None))

    def _verifyResult(self) -> NodeError | None:
        """``this._handle.verifyError()``: ``None`` if the chain is trusted."""
        sslobj = self._sslobj
        if sslobj is None:
            return None
        if sslobj.context.verify_mode == ssl.CERT_REQUIRED:
            return None  # OpenSSL verified it inside the handshake
        chain = self._peerChain()
        verdicts = self._secureContext._verdicts
        if self.isSessionReused() and chain and chain[0] in verdicts:
            # A resumed session brings the leaf only: take the verdict of the first
            # connection that showed it with this context, or check the leaf alone.
            verdict = verdicts[chain[0]]
            return x509VerifyError(x509CodeNumber(verdict)) if verdict else None
        code = _chainError(chain, self._secureContext._trustAnchors(*self._contextRole()))
        if chain and not self.isSessionReused():
            verdicts[chain[0]] = X509_CODES.get(code) if code is not None else None
            if len(verdicts) > 1024:
                del verdicts[next(iter(verdicts))]
        return x509VerifyError(code) if code is not None else None

    def _onConnectSecure(self, *_: Any) -> None:
        """Node's ``onConnectSecure``: verify the server, then ``'secureConnect'``."""
        options = self._connectOptions or {}
        verifyError = self._verifyResult()
        if verifyError is None and not self.isSessionReused():
            hostname = options.get('servername') or options.get('host') or 'localhost'
            cert = self.getPeerCertificate(True) or {}
            check = options.get('checkServerIdentity') or checkServerIdentity
            verifyError = check(hostname, cert)
        if verifyError:
            self.authorized = False
            self.authorizationError = getattr(verifyError, 'code', None) or str(verifyError)
            if options.get('rejectUnauthorized') is not False:
                self.destroy(verifyError)
                return
        else:
            self.authorized = True
        self.secureConnecting = False
        self.emit('secureConnect')
        self._isVerified = True
        session = self._pendingSession
        self._pendingSession = None
        if session is not None:
            self.emit('session', session)
        self.removeListener('end', self._onConnectEnd)

    def _onConnectEnd(self, *_: Any) -> None:
        """The server hung up before the handshake finished."""
        if not self._hadError:
            options = self._connectOptions or {}
            self._hadError = True
            error = connResetException('Client network socket disconnected before secure TLS '
                                       'connection was established')
            error.path = options.get('path')  # type: ignore[attr-defined]
            error.host = options.get('host')  # type: ignore[attr-defined]
            error.port = options.get('port')
            error.localAddress = options.get('localAddress')  # type: ignore[attr-defined]
            self.destroy(error)

    # -- sessions --------------------------------------------------------------------------

    def _checkSession(self) -> None:
        """Emit ``'session'`` for a new resumable session (Node's ``onnewsessionclient``)."""
        sslobj = self._sslobj
        if sslobj is None or self._tlsOptions.get('isServer'):
            return
        if self.listenerCount('session') == 0:
            return  # nothing to emit to: the session is taken only for a listener
        session = currentSession(sslobj)
        if session is None:
            return
        sid = session.id
        if sid == self._lastSessionId:
            return
        if sslobj.version() == 'TLSv1.3' and not session.has_ticket:
            return
        if self.isSessionReused() and self._lastSessionId is None and \
                self._session is not None and sid == getattr(self._session, 'id', None):
            self._lastSessionId = sid
            return
        self._lastSessionId = sid
        if self._layer is not None:
            self._layer.sessionWatch = False  # one 'session' per handshake: the first ticket is it
        if self._isVerified:
            self.emit('session', session)
        else:
            self._pendingSession = session

    def getSession(self) -> TLSSession | None:
        """The TLS session (a :class:`TLSSession`; Node gives a Buffer)."""
        return currentSession(self._sslobj) if self._sslobj is not None else None

    def setSession(self, session: Any) -> None:
        """Node's ``tlsSocket.setSession()``."""
        self._session = session

    def isSessionReused(self) -> bool:
        """Node's ``tlsSocket.isSessionReused()``."""
        return bool(self._sslobj is not None and self._sslobj.session_reused)

    def setServername(self, name: Any) -> None:
        """Node's ``tlsSocket.setServername()``."""
        validateString(name, 'name')
        if self._tlsOptions.get('isServer'):
            raise ERR_TLS_SNI_FROM_SERVER()
        # Python sends no SNI for an IP address (Node does, with a deprecation warning).
        self._servernameOut = name if name and not net.isIP(name) else None

    # -- information -------------------------------------------------------------------------

    def getPeerCertificate(self, detailed: bool = False) -> dict[str, Any] | None:
        """The peer's certificate as Node's object; ``{}`` if none, ``None`` once closed."""
        sslobj = self._sslobj
        if sslobj is None or not self._secureEstablished:
            return None if sslobj is None else {}
        chain = _decodeAll(self._peerChain())
        if not chain:
            return {}
        certs = [_certificateObject(cert) for cert in chain]
        if detailed:
            top = chain[-1]
            if not _selfIssued(top):
                anchors = self._secureContext._trustAnchors(*self._contextRole())
                anchor = next((a for a in anchors if _checkIssued(top, a)), None)
                if anchor is not None:
                    certs.append(_certificateObject(anchor))
            for child, parent in zip(certs, certs[1:], strict=False):
                child['issuerCertificate'] = parent
            last = certs[-1]
            if last.get('subject') == last.get('issuer'):
                last['issuerCertificate'] = last
        return certs[0]

    def getCertificate(self) -> dict[str, Any] | None:
        """The local certificate: Python's ``ssl`` cannot read it back; ``{}`` when connected."""
        return {} if self._sslobj is not None else None

    def getProtocol(self) -> str | None:
        """Node's ``tlsSocket.getProtocol()``."""
        return self._sslobj.version() if self._sslobj is not None else None

    def getCipher(self) -> dict[str, str] | None:
        """Node's ``tlsSocket.getCipher()``."""
        cipher = self._sslobj.cipher() if self._sslobj is not None else None
        if not cipher:
            return None
        name, version, _ = cipher
        return {'name': name, 'standardName': name if name.startswith('TLS_') else name,
                'version': version}

    def getEphemeralKeyInfo(self) -> dict[str, Any] | None:
        """Node's ``tlsSocket.getEphemeralKeyInfo()``."""
        return {} if self._sslobj is not None else None

    def getSharedSigalgs(self) -> list[str]:
        """Node's ``tlsSocket.getSharedSigalgs()``."""
        return []

    def getFinished(self) -> bytes | None:
        """Node's ``tlsSocket.getFinished()``."""
        return None

    def getPeerFinished(self) -> bytes | None:
        """Node's ``tlsSocket.getPeerFinished()``."""
        return None

    def getTLSTicket(self) -> bytes | None:
        """Node's ``tlsSocket.getTLSTicket()``."""
        return None

    def disableRenegotiation(self) -> None:
        """OpenSSL 3 as Python builds it refuses renegotiation already."""

    def setMaxSendFragment(self, size: int) -> bool:
        """Node's ``tlsSocket.setMaxSendFragment()``."""
        return False

    def enableTrace(self) -> None:
        """Node's ``tlsSocket.enableTrace()``."""
        pass

    def exportKeyingMaterial(self, length: int, label: str, context: bytes | None = None) -> bytes:
        """Node's ``tlsSocket.exportKeyingMaterial()``."""
        raise errors.ERR_METHOD_NOT_IMPLEMENTED('exportKeyingMaterial()')

    def renegotiate(self, options: dict[str, Any], callback: Callable[..., Any] | None = None
                    ) -> bool:
        """Node's ``tlsSocket.renegotiate()``."""
        if callback is not None:
            nextTick(callback, errors.ERR_METHOD_NOT_IMPLEMENTED('renegotiate()'))
        return False

    def __repr__(self) -> str:
        return f'<TLSSocket {self.readyState} {self._peer!r}>'


# -- tls.Server ------------------------------------------------------------------------------

class _TLSServer:
    """The TLS half of ``tls.Server`` (and of ``https.Server``): sockets accepted by the
    ``net.Server`` underneath are :class:`TLSSocket` s whose handshake ends in
    ``'secureConnection'`` or ``'tlsClientError'``."""

    _sharedCreds: SecureContext
    requestCert: bool
    rejectUnauthorized: bool
    ALPNProtocols: Any
    _handshakeTimeout: float
    _SNICallbackOption: Callable[..., Any] | None

    def _tlsInit(self, options: dict[str, Any]) -> None:
        self._handshakeTimeout = options.get('handshakeTimeout') or 120000
        self.requestCert = bool(options.get('requestCert'))
        self.rejectUnauthorized = options.get('rejectUnauthorized') is not False
        self.ALPNProtocols = options.get('ALPNProtocols')
        self._SNICallbackOption = options.get('SNICallback')
        self._contexts: list[tuple[str, SecureContext]] = []
        self.setSecureContext(options)

    def setSecureContext(self, options: dict[str, Any]) -> None:
        options = {k: v for k, v in options.items() if v is not None}
        secureContext = options.get('secureContext')
        if isinstance(secureContext, SecureContext):
            self._sharedCreds = secureContext
        elif isinstance(secureContext, ssl.SSLContext):
            self._sharedCreds = _WrappedContext(secureContext)
        else:
            self._sharedCreds = SecureContext(
                {name: options.get(name) for name in _CONTEXT_OPTIONS})
            self._sharedCreds._get(True, self.rejectUnauthorized)

    def addContext(self, servername: str, context: Any) -> None:
        if not isinstance(context, SecureContext):
            context = createSecureContext(context)
        self._contexts.append((servername, context))

    def _protocolFactory(self) -> asyncio.Protocol:
        socket = TLSSocket(None, {
            'secureContext': self._sharedCreds,
            'isServer': True,
            'server': self,
            'requestCert': self.requestCert,
            'rejectUnauthorized': self.rejectUnauthorized,
            'handshakeTimeout': self._handshakeTimeout,
            'SNICallback': self._SNICallbackOption or (self._sniFromContexts if self._contexts
                                                       else None),
            'allowHalfOpen': self.allowHalfOpen,  # type: ignore[attr-defined]
        })
        socket._server = self
        socket.on('secure', _secureListener(socket))
        socket._errorEmitted = False
        socket.on('close', _OnSocketClose(socket))
        socket.on('_tlsError', _OnSocketTLSError(socket))
        socket.on('error', _OnSocketTLSError(socket))
        if self.listenerCount('keylog') > 0:  # type: ignore[attr-defined]
            server = self
            socket.on('keylog', lambda line: server.emit('keylog', line, socket))  # type: ignore
        return net._SocketProtocol(socket)

    def _sniFromContexts(self, servername: str, cb: Callable[..., Any]) -> None:
        for pattern, context in reversed(self._contexts):
            regex = '^' + re.escape(pattern).replace(r'\*', '[^.]*') + '$'
            if re.match(regex, servername, re.I):
                cb(None, context)
                return
        cb(None, None)


def _serverSocketSecure(socket: TLSSocket) -> None:
    """Node's ``onServerSocketSecure``."""
    if socket._requestCert:
        sslobj = socket._sslobj
        der = sslobj.getpeercert(True) if sslobj is not None else None
        if der:
            socket.authorized = True
        else:
            socket.authorizationError = 'UNABLE_TO_GET_ISSUER_CERT'
            if socket._rejectUnauthorized:
                socket.destroy()
    if not socket.destroyed and socket._releaseControl():
        socket.secureConnecting = False
        socket._tlsOptions['server'].emit('secureConnection', socket)


class _OnSocketTLSError:
    """``onSocketTLSError``: a failure before the handshake ended goes to the server."""

    __slots__ = ('socket',)

    def __init__(self, socket: TLSSocket) -> None:
        self.socket = socket

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _OnSocketTLSError) and other.socket is self.socket

    def __hash__(self) -> int:
        return id(self.socket)

    def __call__(self, err: BaseException) -> None:
        socket = self.socket
        if not socket._controlReleased and not socket._errorEmitted:
            socket._errorEmitted = True
            socket._tlsOptions['server'].emit('tlsClientError', err, socket)


class _OnSocketClose:
    """``onSocketClose``: a socket closed quietly before the handshake ended."""

    __slots__ = ('socket',)

    def __init__(self, socket: TLSSocket) -> None:
        self.socket = socket

    def __call__(self, hadError: Any = False) -> None:
        if hadError:
            return
        socket = self.socket
        if not socket._controlReleased and not socket._errorEmitted:
            socket._errorEmitted = True
            socket._tlsOptions['server'].emit('tlsClientError',
                                              connResetException('socket hang up'), socket)


class Server(_TLSServer, net.Server):
    """Node's ``tls.Server``: a ``net.Server`` whose connections are TLS."""

    def __init__(self, options: Any = None, listener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> None:
        if callable(options):
            listener, options = options, None
        opts = {k: v for k, v in {**(options or {}), **kwargs}.items() if v is not None}
        net.Server.__init__(self, opts)
        self._tlsInit(opts)
        if listener is not None:
            self.on('secureConnection', listener)


def createServer(options: Any = None, listener: Callable[..., Any] | None = None,
                 **kwargs: Any) -> Server:
    """``tls.createServer([options][, secureConnectionListener])``."""
    return Server(options, listener, **kwargs)


def _secureListener(socket: TLSSocket) -> Callable[..., None]:
    def onServerSocketSecure(*_: Any) -> None:
        _serverSocketSecure(socket)
    return onServerSocketSecure


# -- tls.connect -----------------------------------------------------------------------------

# -- the plain socket under a TLSSocket (port-only) -------------------------------------------
# All the TLS layer takes from the net.Socket it wraps is in these two functions: the one place
# to change when net.Socket becomes a stream.Duplex.

def _whenConnected(socket: Any, callback: Callable[..., Any]) -> bool:
    """Run ``callback`` once ``socket`` is connected: on its ``'connect'`` (returns True) or,
    if it is connected already (any other Duplex is), on the next tick."""
    if getattr(socket, 'connecting', False):
        socket.once('connect', callback)
        return True
    nextTick(callback)
    return False


def _detachTransport(socket: Any) -> tuple[asyncio.Transport | None, bytes]:
    """The transport the TLS layer reads and writes, with the bytes the socket read and did
    not deliver; ``(None, b'')`` if it is closed.

    A plain connected ``net.Socket`` hands its transport over (Node reuses its C++
    handle): it no longer reads, writes or keeps the loop alive. Anything else (a
    ``TLSSocket``: TLS inside TLS; a user's Duplex) is wrapped, as Node's JSStreamSocket."""
    if socket.destroyed:
        return None, b''
    state = getattr(socket, '_readableState', None)
    buffered = b''
    if state is not None and state.length and not state.objectMode:
        # Node's _init: "Socket already has some buffered data - emulate receiving it".
        buffered = b''.join([c if isinstance(c, bytes) else c.encode('utf-8')
                             for c in state.buffer])
        state.buffer.clear()
        state.length = 0
    if type(socket) is net.Socket or (isinstance(socket, net.Socket)
                                      and not isinstance(socket, TLSSocket)):
        transport = socket._transport
        if transport is None:
            return None, b''
        socket._transport = None
        socket.readable = socket.writable = False
        socket._release()
        try:
            transport.resume_reading()
        except (RuntimeError, AttributeError):
            pass
        return transport, buffered
    return JSStreamTransport(socket), buffered


def _normalizeConnectArgs(args: tuple[Any, ...]) -> tuple[dict[str, Any], Callable[..., Any] | None]:
    options, cb = net._normalize_connect_args(args)
    if len(args) > 1 and isinstance(args[1], dict):
        options.update(args[1])
    elif len(args) > 2 and isinstance(args[2], dict):
        options.update(args[2])
    return options, cb


@overload
def connect(options: TlsConnectOptions | dict[str, Any],
            callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> TLSSocket: ...
@overload
def connect(port: int | str, host: str | None = None,
            options: TlsConnectOptions | dict[str, Any] | Callable[..., Any] | None = None,
            callback: Callable[..., Any] | None = None, /, **kwargs: Any) -> TLSSocket: ...
def connect(*args: Any, **kwargs: Any) -> TLSSocket:
    """``tls.connect(options[, callback])``, ``tls.connect(port[, host][, options][, callback])``."""
    options, cb = _normalizeConnectArgs(args)
    options = {'rejectUnauthorized': True, 'ciphers': DEFAULT_CIPHERS,
               'checkServerIdentity': checkServerIdentity, 'minDHSize': 1024,
               **{k: v for k, v in {**options, **kwargs}.items() if v is not None}}
    if not options.get('keepAlive'):
        options['singleUse'] = True
    tlssock = TLSSocket(options.get('socket'), {
        'allowHalfOpen': options.get('allowHalfOpen'),
        'pipe': bool(options.get('path')),
        'secureContext': options.get('secureContext'),
        'isServer': False,
        'requestCert': True,
        'rejectUnauthorized': options.get('rejectUnauthorized') is not False,
        'session': options.get('session'),
        'ALPNProtocols': options.get('ALPNProtocols'),
        'signal': options.get('signal'),
        **{name: options.get(name) for name in _CONTEXT_OPTIONS if name != 'ALPNProtocols'
           and name != 'requestCert'},
    })
    # Verification mode is per connection in Node and per context here.
    tlssock._tlsOptions['rejectUnauthorized'] = options['rejectUnauthorized'] is not False
    options['rejectUnauthorized'] = options['rejectUnauthorized'] is not False
    tlssock._connectOptions = options
    if cb is not None:
        tlssock.once('secureConnect', cb)
    if not options.get('socket'):
        if options.get('timeout'):
            tlssock.setTimeout(options['timeout'])
        tlssock.connect(options)
    tlssock._releaseControl()
    if options.get('session'):
        tlssock.setSession(options['session'])
    if options.get('servername'):
        tlssock.setServername(options['servername'])
    tlssock.on('secure', tlssock._onConnectSecure)
    tlssock.prependListener('end', tlssock._onConnectEnd)
    return tlssock
