"""``node:tls``: ``TLSSocket``, ``connect``, ``createServer``, ``createSecureContext``.

TLS runs on ``ssl.SSLObject`` + two ``ssl.MemoryBIO`` s over the plain TCP
transport of :class:`net.Socket` (asyncio's own SSL transport cannot take a
session to resume). When TCP connects, :class:`_TLSLayer` takes the raw
transport's protocol over (``transport.set_protocol``) and hands the socket
a transport of its own: the socket writes plaintext into it and gets
plaintext ``'data'`` out of it, so every ``net.Socket`` method works as is.
One application write is one ``SSL_write`` and one ``transport.write``.

Events follow Node's ``_tls_wrap.js``: ``'connect'`` when TCP connects, the
handshake, then (client) the certificate checks of ``onConnectSecure`` and
``'secureConnect'``, then ``'session'``; on a server, ``'secureConnection'``
or ``'tlsClientError'``. Writes made before the handshake is over are kept
and sent, in order, once it is (on a client: once the server is verified).

What Python's ``ssl`` cannot do, and how this module gets as close as it can:

* Verification. OpenSSL verifies inside the handshake and Python gives it no
  callback, so with ``rejectUnauthorized`` (the default) a bad chain fails the
  handshake itself: the client still gets Node's error (``.code`` and message
  are computed from the chain the server sent, as Node's OpenSSL reports them
  after a completed handshake), but the *server* sees a TLS alert
  (``tlsClientError``) instead of a completed handshake followed by a close.
  With ``rejectUnauthorized: False`` the handshake does not verify, and
  ``authorized``/``authorizationError`` come from this module's own check of
  the chain against the CA list (names, validity dates, and signatures when
  ``cryptography`` is installed); trust anchors that Python lists through
  ``SSLContext.get_ca_certs()`` count, a system ``capath`` directory does not.
* Sessions are ``ssl.SSLSession`` objects, not Buffers, and resume only with
  the ``SSLContext`` that made them: contexts are cached per set of TLS
  options so the sessions an Agent caches resume.
* ``'keylog'``: ``SSLContext.keylog_filename`` is per context, so once a socket
  of a context has a ``'keylog'`` listener, the context logs into a private
  (0600), already unlinked temporary file which is read and emptied after every
  TLS step of its sockets; the lines that appeared are that socket's (OpenSSL
  logs synchronously inside the step), emitted one event per line, each ending
  in ``\\n`` as in Node.
* Key material: ``load_cert_chain`` reads files only, so ``cert``/``key`` PEMs
  pass through private temporary files that are removed right after loading.
* TLS 1.3 cipher suites cannot be chosen (Python has no
  ``SSL_CTX_set_ciphersuites``); ``ciphers`` sets the TLS 1.2 list.
  An IP address is never sent as SNI (Node sends it with a warning).
  ``getEphemeralKeyInfo``, ``getFinished``, ``getTLSTicket``,
  ``exportKeyingMaterial``, ``getCertificate`` details, ``pfx`` without
  ``cryptography``, ``sigalgs``, ``sessionIdContext``, ``crl`` and
  ``privateKeyEngine`` are not available.
* Servers: ``'connection'`` carries the TLSSocket before its handshake (Node
  passes the raw TCP socket); ``'newSession'``/``'resumeSession'``/``'OCSPRequest'``
  and ``setTicketKeys`` do not exist. With ``requestCert`` and
  ``rejectUnauthorized: False``, a client certificate that does not verify
  fails the handshake (Python cannot ask for a certificate without checking
  it); Node accepts it and sets ``authorized`` to false.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import ipaddress
import json
import os
import re
import ssl
import tempfile
import time
import weakref
from collections.abc import Callable
from typing import Any

from . import errors, net
from .errors import NodeError, connResetException
from .process import nextTick
from .validators import validateString

__all__ = [
    'TLSSocket', 'Server', 'SecureContext', 'connect', 'createServer', 'createSecureContext',
    'checkServerIdentity', 'getCiphers', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE',
    'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW',
]

CLIENT_RENEG_LIMIT = 3
CLIENT_RENEG_WINDOW = 600
DEFAULT_CIPHERS = (
    'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:'
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:'
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:'
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:'
    'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:'
    '!MD5:!PSK:!SRP:!CAMELLIA')
DEFAULT_ECDH_CURVE = 'auto'
DEFAULT_MIN_VERSION = 'TLSv1.2'
DEFAULT_MAX_VERSION = 'TLSv1.3'

_READ_SIZE = 65536


# -- errors ------------------------------------------------------------------------
from .errors import (  # noqa: E402  (grouped here with the rest of the error code)
    ERR_TLS_CERT_ALTNAME_INVALID,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
    ERR_TLS_SNI_FROM_SERVER,
)


class OpenSSLError(NodeError):
    """An error from OpenSSL, as Node builds it: ``code`` like ``ERR_SSL_WRONG_VERSION_NUMBER``
    (or a certificate check code like ``DEPTH_ZERO_SELF_SIGNED_CERT``), ``library``, ``reason``."""

    def __init__(self, message: str, code: str, library: str | None = None,
                 reason: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        if library is not None:
            self.library = library
        if reason is not None:
            self.reason = reason


def _sslError(exc: ssl.SSLError) -> OpenSSLError:
    """Node's error for a failed TLS operation: ``ERR_SSL_<REASON>``, library, reason."""
    reason = getattr(exc, 'reason', None) or 'UNKNOWN'
    text = reason.lower().replace('_', ' ')
    library = 'SSL routines' if getattr(exc, 'library', None) in ('SSL', None) else exc.library
    message = f'error:{library}:{text}'
    return OpenSSLError(message, f'ERR_SSL_{reason}', library, text)


# X509_V_ERR_* numbers -> Node's codes (crypto_common.cc X509ErrorCode) and OpenSSL's text.
_X509_CODES = {
    2: 'UNABLE_TO_GET_ISSUER_CERT', 3: 'UNABLE_TO_GET_CRL',
    4: 'UNABLE_TO_DECRYPT_CERT_SIGNATURE', 5: 'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
    6: 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 7: 'CERT_SIGNATURE_FAILURE',
    8: 'CRL_SIGNATURE_FAILURE', 9: 'CERT_NOT_YET_VALID', 10: 'CERT_HAS_EXPIRED',
    11: 'CRL_NOT_YET_VALID', 12: 'CRL_HAS_EXPIRED', 13: 'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    14: 'ERROR_IN_CERT_NOT_AFTER_FIELD', 15: 'ERROR_IN_CRL_LAST_UPDATE_FIELD',
    16: 'ERROR_IN_CRL_NEXT_UPDATE_FIELD', 17: 'OUT_OF_MEM', 18: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    19: 'SELF_SIGNED_CERT_IN_CHAIN', 20: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    21: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 22: 'CERT_CHAIN_TOO_LONG', 23: 'CERT_REVOKED',
    24: 'INVALID_CA', 25: 'PATH_LENGTH_EXCEEDED', 26: 'INVALID_PURPOSE', 27: 'CERT_UNTRUSTED',
    28: 'CERT_REJECTED', 62: 'HOSTNAME_MISMATCH',
}
_X509_TEXT = {
    9: 'certificate is not yet valid', 10: 'certificate has expired',
    18: 'self-signed certificate', 19: 'self-signed certificate in certificate chain',
    20: 'unable to get local issuer certificate', 21: 'unable to verify the first certificate',
}


def _verifyError(number: int, text: str | None = None) -> OpenSSLError:
    return OpenSSLError(_X509_TEXT.get(number) or text or 'certificate verify failed',
                        _X509_CODES.get(number, 'UNSPECIFIED'))


# -- protocol versions, ciphers, secure contexts ----------------------------------------

_VERSIONS = {
    'TLSv1': ssl.TLSVersion.TLSv1, 'TLSv1.1': ssl.TLSVersion.TLSv1_1,
    'TLSv1.2': ssl.TLSVersion.TLSv1_2, 'TLSv1.3': ssl.TLSVersion.TLSv1_3,
}
_METHODS = {
    'TLSv1_method': 'TLSv1', 'TLSv1_client_method': 'TLSv1', 'TLSv1_server_method': 'TLSv1',
    'TLSv1_1_method': 'TLSv1.1', 'TLSv1_1_client_method': 'TLSv1.1',
    'TLSv1_1_server_method': 'TLSv1.1', 'TLSv1_2_method': 'TLSv1.2',
    'TLSv1_2_client_method': 'TLSv1.2', 'TLSv1_2_server_method': 'TLSv1.2',
}


def _toVersion(which: str, value: Any, default: str) -> ssl.TLSVersion:
    if value is None:
        value = default
    version = _VERSIONS.get(value) if isinstance(value, str) else None
    if version is None:
        raise ERR_TLS_INVALID_PROTOCOL_VERSION(value, which)
    return version


def _text(value: Any) -> str:
    """PEM material as text: a Buffer (bytes) is read as latin-1, like Node's toString."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode('latin-1')
    return str(value)


def _listOf(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _hashable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    return value


# The options that go into an SSLContext (the rest are per connection).
_CONTEXT_OPTIONS = ('ca', 'cert', 'key', 'passphrase', 'pfx', 'ciphers', 'minVersion',
                    'maxVersion', 'secureProtocol', 'secureOptions', 'honorCipherOrder',
                    'ecdhCurve', 'dhparam', 'crl', 'sigalgs', 'sessionIdContext',
                    'sessionTimeout', 'ALPNProtocols', 'requestCert', 'ticketKeys')


class SecureContext:
    """Node's ``tls.SecureContext``: one set of TLS options, built into ``ssl.SSLContext`` s.

    Python needs a context per role and per verification mode (Node sets those
    per connection), so the variants are built on first use and kept: a session
    resumes only with the context that made it. ``context`` is the client
    context that verifies the peer.
    """

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        options = {k: v for k, v in (options or {}).items() if v is not None}
        self._options = options
        self._contexts: dict[tuple[bool, bool], ssl.SSLContext] = {}
        self._trust: dict[tuple[bool, bool], list[tuple[dict[str, Any], bytes]]] = {}
        self._keylog: dict[tuple[bool, bool], _KeylogTap] = {}
        secureProtocol = options.get('secureProtocol')
        if secureProtocol:
            for which in ('minVersion', 'maxVersion'):
                if options.get(which) is not None:
                    raise ERR_TLS_PROTOCOL_VERSION_CONFLICT(options[which], secureProtocol)
        self._minimum = _toVersion('minimum', options.get('minVersion'), DEFAULT_MIN_VERSION)
        self._maximum = _toVersion('maximum', options.get('maxVersion'), DEFAULT_MAX_VERSION)
        if secureProtocol in _METHODS:
            self._minimum = self._maximum = _VERSIONS[_METHODS[secureProtocol]]
        ciphers = options.get('ciphers')
        if ciphers is not None:
            validateString(ciphers, 'options.ciphers')

    @property
    def context(self) -> ssl.SSLContext:
        return self._get(False, True)

    def _get(self, server: bool, verify: bool) -> ssl.SSLContext:
        key = (server, verify)
        ctx = self._contexts.get(key)
        if ctx is None:
            ctx = self._contexts[key] = self._build(server, verify)
        return ctx

    def _build(self, server: bool, verify: bool) -> ssl.SSLContext:
        options = self._options
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
        if not server:
            ctx.check_hostname = False  # checkServerIdentity runs after the handshake, as in Node
        ctx.minimum_version = self._minimum
        ctx.maximum_version = self._maximum
        ciphers = (options.get('ciphers') or DEFAULT_CIPHERS).split(':')
        cipherList = ':'.join(c for c in ciphers if c and not c.startswith(('TLS_', '!TLS_')))
        if cipherList:
            ctx.set_ciphers(cipherList)
        elif self._minimum < ssl.TLSVersion.TLSv1_3 < self._maximum or \
                self._maximum == ssl.TLSVersion.TLSv1_3:
            ctx.minimum_version = ssl.TLSVersion.TLSv1_3
        ca = options.get('ca')
        if ca:
            for item in _listOf(ca):
                if isinstance(item, (bytes, bytearray, memoryview)) and \
                        not bytes(item).lstrip().startswith(b'-----'):
                    ctx.load_verify_locations(cadata=bytes(item))
                else:
                    ctx.load_verify_locations(cadata=_text(item))
        elif not server or options.get('requestCert'):
            ctx.load_default_certs(ssl.Purpose.SERVER_AUTH if not server
                                   else ssl.Purpose.CLIENT_AUTH)
        _loadCertAndKey(ctx, options)
        if server:
            if options.get('requestCert'):
                ctx.verify_mode = ssl.CERT_REQUIRED if verify else ssl.CERT_OPTIONAL
        else:
            ctx.verify_mode = ssl.CERT_REQUIRED if verify else ssl.CERT_NONE
        secureOptions = options.get('secureOptions')
        if secureOptions:
            ctx.options |= secureOptions
        if options.get('honorCipherOrder'):
            ctx.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
        curve = options.get('ecdhCurve') or DEFAULT_ECDH_CURVE
        if curve != 'auto' and ':' not in curve:
            ctx.set_ecdh_curve(curve)
        dhparam = options.get('dhparam')
        if isinstance(dhparam, str) and dhparam != 'auto' and os.path.exists(dhparam):
            ctx.load_dh_params(dhparam)
        protocols = options.get('ALPNProtocols')
        if protocols:
            ctx.set_alpn_protocols(_alpnList(protocols))
        if server:
            ctx.sni_callback = _onServerName
        return ctx

    def _trustAnchors(self, server: bool, verify: bool) -> list[tuple[dict[str, Any], bytes]]:
        """The CA certificates of a context, as (decoded, DER) pairs."""
        key = (server, verify)
        anchors = self._trust.get(key)
        if anchors is None:
            ctx = self._get(server, verify)
            anchors = self._trust[key] = list(zip(ctx.get_ca_certs(),
                                                  ctx.get_ca_certs(binary_form=True), strict=False))
        return anchors

    def _keylogTap(self, server: bool, verify: bool) -> _KeylogTap | None:
        key = (server, verify)
        tap = self._keylog.get(key)
        if tap is None:
            try:
                tap = self._keylog[key] = _KeylogTap(self._get(server, verify))
            except OSError:
                return None
        return tap


def _alpnList(protocols: Any) -> list[str]:
    """ALPN protocols as Node takes them: a list of names, or the wire format Buffer."""
    if isinstance(protocols, (bytes, bytearray, memoryview)):
        raw = bytes(protocols)
        names = []
        i = 0
        while i < len(raw):
            n = raw[i]
            names.append(raw[i + 1:i + 1 + n].decode('latin-1'))
            i += 1 + n
        return names
    return [_text(p) for p in protocols]


def _loadCertAndKey(ctx: ssl.SSLContext, options: dict[str, Any]) -> None:
    """``cert``/``key``/``passphrase`` (and ``pfx`` through ``cryptography``) into ``ctx``.

    Python loads key material only from files: each PEM is written to a
    private temporary file that is removed right after loading.
    """
    pairs: list[tuple[str, str | None, Any]] = []
    cert, key, passphrase = options.get('cert'), options.get('key'), options.get('passphrase')
    pfx = options.get('pfx')
    if pfx:
        for item in _listOf(pfx):
            raw = item.get('buf') if isinstance(item, dict) else item
            password = (item.get('passphrase') if isinstance(item, dict) else None) or passphrase
            pairs.append(_pkcs12ToPem(raw, password))
    if cert:
        certs = [_text(c) for c in _listOf(cert)]
        keys: list[tuple[str, Any]] = []
        if key:
            for item in _listOf(key):
                if isinstance(item, dict):
                    keys.append((_text(item.get('pem')),
                                 item.get('passphrase') if item.get('passphrase') is not None
                                 else passphrase))
                else:
                    keys.append((_text(item), passphrase))
        for index, certPem in enumerate(certs):
            keyPem, password = keys[index] if index < len(keys) else (None, passphrase)
            pairs.append((certPem, keyPem, password))
    for certPem, keyPem, password in pairs:
        paths = []
        try:
            certPath = _privateFile(certPem)
            paths.append(certPath)
            keyPath = None
            if keyPem is not None:
                keyPath = _privateFile(keyPem)
                paths.append(keyPath)
            ctx.load_cert_chain(certPath, keyPath, password)
        finally:
            for path in paths:
                try:
                    os.unlink(path)
                except OSError:
                    pass


def _privateFile(text: str) -> str:
    fd, path = tempfile.mkstemp(prefix='nha-tls-', suffix='.pem')
    with os.fdopen(fd, 'w', encoding='latin-1') as f:
        f.write(text)
    return path


def _pkcs12ToPem(raw: Any, password: Any) -> tuple[str, str, None]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    pw = password.encode() if isinstance(password, str) else password
    key, cert, extra = pkcs12.load_key_and_certificates(bytes(raw), pw)
    if key is None or cert is None:
        raise ValueError('pfx holds no key and certificate')
    certPem = b''.join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *extra])
    keyPem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption())
    return certPem.decode(), keyPem.decode(), None


_contextCache: collections.OrderedDict[Any, SecureContext] = collections.OrderedDict()
_CONTEXT_CACHE_SIZE = 128


def createSecureContext(options: dict[str, Any] | None = None) -> SecureContext:
    """``tls.createSecureContext(options)``."""
    return SecureContext(options)


def _contextFor(options: dict[str, Any]) -> SecureContext:
    """The SecureContext for a connection's options: cached per set of TLS options, so that
    connections with the same options share contexts (and so can resume sessions)."""
    secureContext = options.get('secureContext')
    if secureContext is not None:
        if isinstance(secureContext, ssl.SSLContext):
            return _WrappedContext(secureContext)
        if not isinstance(secureContext, SecureContext):
            raise ERR_TLS_INVALID_CONTEXT('context')
        return secureContext
    key = tuple((name, _hashable(options.get(name))) for name in _CONTEXT_OPTIONS)
    context = _contextCache.get(key)
    if context is None:
        context = SecureContext({name: options.get(name) for name in _CONTEXT_OPTIONS})
        context._get(False, options.get('rejectUnauthorized') is not False)  # fail early, as Node
        _contextCache[key] = context
        if len(_contextCache) > _CONTEXT_CACHE_SIZE:
            _contextCache.popitem(last=False)
    else:
        _contextCache.move_to_end(key)
    return context


class _WrappedContext(SecureContext):
    """A ready ``ssl.SSLContext`` passed as ``secureContext`` (a Python extra): used as is."""

    _wrapped: dict[int, _WrappedContext] = {}

    def __new__(cls, ctx: ssl.SSLContext) -> _WrappedContext:
        existing = cls._wrapped.get(id(ctx))
        if existing is not None and existing._ctx is ctx:
            return existing
        self = super().__new__(cls)
        cls._wrapped[id(ctx)] = self
        return self

    def __init__(self, ctx: ssl.SSLContext) -> None:
        if getattr(self, '_ctx', None) is ctx:
            return
        super().__init__({})
        self._ctx = ctx

    def _get(self, server: bool, verify: bool) -> ssl.SSLContext:
        return self._ctx


def getCiphers() -> list[str]:
    """``tls.getCiphers()``: lower-case names of the ciphers OpenSSL supports (Node's list:
    OpenSSL's DEFAULT set plus every TLS 1.3 suite, which Python lists only when enabled)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.set_ciphers('DEFAULT')
    names = {c['name'].lower() for c in ctx.get_ciphers()}
    names.update(('tls_aes_128_ccm_8_sha256', 'tls_aes_128_ccm_sha256'))
    return sorted(names)


class _KeylogTap:
    """Per-socket ``'keylog'`` lines from a context's keylog file.

    OpenSSL calls the keylog callback synchronously inside the TLS step of
    one SSL object, so the lines that appear during a step of a socket are
    that socket's. The file is unlinked at once and emptied after each read.
    """

    def __init__(self, ctx: ssl.SSLContext) -> None:
        fd, path = tempfile.mkstemp(prefix='nha-keylog-')
        os.close(fd)
        try:
            ctx.keylog_filename = path
            self._file = open(path, 'r+b')  # noqa: SIM115 - kept open for the context's life
            weakref.finalize(ctx, self._file.close)
        finally:
            try:
                os.unlink(path)
            except OSError:
                pass

    def take(self) -> list[bytes]:
        f = self._file
        f.seek(0)
        data = f.read()
        if not data:
            return []
        f.seek(0)
        f.truncate(0)
        return [line + b'\n' for line in data.split(b'\n') if line and not line.startswith(b'#')]


def _onServerName(sslobj: ssl.SSLObject, servername: str | None,
                  ctx: ssl.SSLContext) -> int | None:
    """The server's SNI callback: record the name, and let ``SNICallback`` pick a context."""
    socket = getattr(sslobj, '_tlsSocket', None)
    if socket is None:
        return None
    socket._sniName = servername
    callback = socket._SNICallback
    if callback is not None and servername:
        chosen: list[Any] = []

        def done(err: BaseException | None = None, context: Any = None) -> None:
            chosen.append((err, context))
        callback(servername, done)
        if chosen:
            err, context = chosen[0]
            if err is not None:
                return ssl.ALERT_DESCRIPTION_INTERNAL_ERROR
            if isinstance(context, SecureContext):
                sslobj.context = context._get(True, socket._rejectUnauthorized)
            elif isinstance(context, ssl.SSLContext):
                sslobj.context = context
    return None


# -- certificates ---------------------------------------------------------------------

_SHORT_NAMES = {
    'commonName': 'CN', 'countryName': 'C', 'stateOrProvinceName': 'ST', 'localityName': 'L',
    'organizationName': 'O', 'organizationalUnitName': 'OU', 'emailAddress': 'emailAddress',
    'serialNumber': 'serialNumber', 'domainComponent': 'DC', 'streetAddress': 'street',
    'givenName': 'GN', 'surname': 'SN', 'title': 'title', 'userId': 'UID',
}


def _nameObject(rdns: Any) -> dict[str, Any]:
    """Python's ``((('commonName', 'x'),), ...)`` as Node's ``{CN: 'x'}`` (repeats -> list)."""
    result: dict[str, Any] = {}
    for rdn in rdns or ():
        for key, value in rdn:
            name = _SHORT_NAMES.get(key, key)
            if name in result:
                if isinstance(result[name], list):
                    result[name].append(value)
                else:
                    result[name] = [result[name], value]
            else:
                result[name] = value
    return result


def _colonHex(digest: bytes) -> str:
    return ':'.join(f'{b:02X}' for b in digest)


def _certificateObject(info: dict[str, Any], der: bytes | None) -> dict[str, Any]:
    """Node's ``getPeerCertificate()`` object for one certificate."""
    cert: dict[str, Any] = {'subject': _nameObject(info.get('subject')),
                            'issuer': _nameObject(info.get('issuer'))}
    altNames = info.get('subjectAltName')
    if altNames:
        cert['subjectaltname'] = ', '.join(
            f'{kind}:{value.strip()}' for kind, value in altNames)
    access = info.get('OCSP') or info.get('caIssuers')
    if access:
        lines = [f'OCSP - URI:{u}' for u in info.get('OCSP') or ()]
        lines += [f'CA Issuers - URI:{u}' for u in info.get('caIssuers') or ()]
        cert['infoAccess'] = {}
        for line in lines:
            key, _, value = line.partition(':')
            cert['infoAccess'].setdefault(key, []).append(value)
    if der is not None:
        _addKeyDetails(cert, der)
    cert['valid_from'] = info.get('notBefore')
    cert['valid_to'] = info.get('notAfter')
    if der is not None:
        cert['fingerprint'] = _colonHex(hashlib.sha1(der).digest())
        cert['fingerprint256'] = _colonHex(hashlib.sha256(der).digest())
        cert['fingerprint512'] = _colonHex(hashlib.sha512(der).digest())
    serial = info.get('serialNumber')
    if serial is not None:
        cert['serialNumber'] = serial
    if der is not None:
        cert['raw'] = der
    return cert


def _addKeyDetails(cert: dict[str, Any], der: bytes) -> None:
    """``ca``, key size and curve, ``ext_key_usage``: read with ``cryptography`` if present."""
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives.asymmetric import ec, rsa
    except ImportError:  # pragma: no cover - cryptography comes with the test extras
        return
    try:
        parsed = x509.load_der_x509_certificate(der)
    except ValueError:
        return
    try:
        cert['ca'] = bool(parsed.extensions.get_extension_for_class(
            x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        cert['ca'] = False
    key = parsed.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        numbers = key.public_numbers()
        cert['modulus'] = f'{numbers.n:X}'
        cert['bits'] = key.key_size
        cert['exponent'] = hex(numbers.e)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        cert['bits'] = key.key_size
        curve = key.curve.name
        cert['asn1Curve'] = {'secp256r1': 'prime256v1'}.get(curve, curve)
        nist = {'secp256r1': 'P-256', 'secp384r1': 'P-384', 'secp521r1': 'P-521'}.get(curve)
        if nist:
            cert['nistCurve'] = nist
    try:
        usage = parsed.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        cert['ext_key_usage'] = [oid.dotted_string for oid in usage]
    except x509.ExtensionNotFound:
        pass


def _issuedBy(child: bytes, issuer: bytes) -> bool:
    """Whether ``issuer`` signed ``child`` (names were compared already); without
    ``cryptography`` the names are all this module can compare."""
    try:
        from cryptography import x509
    except ImportError:  # pragma: no cover
        return True
    try:
        x509.load_der_x509_certificate(child).verify_directly_issued_by(
            x509.load_der_x509_certificate(issuer))
    except Exception:  # noqa: BLE001 - any failure means "not its issuer"
        return False
    return True


def _timeError(info: dict[str, Any], now: float) -> int | None:
    try:
        if now < ssl.cert_time_to_seconds(info['notBefore']):
            return 9
        if now > ssl.cert_time_to_seconds(info['notAfter']):
            return 10
    except (KeyError, ValueError):
        return None
    return None


def _chainError(chain: list[tuple[dict[str, Any], bytes]],
                anchors: list[tuple[dict[str, Any], bytes]]) -> int | None:
    """The X509_V_ERR number Node reports for ``chain`` (leaf first), or ``None`` if trusted.

    Node's OpenSSL verifies with a callback that accepts every error, so the
    error it reports is the *last* one found: chain building first (self-signed
    leaf, self-signed root in the chain, missing issuer), then each
    certificate's dates from the top down to the leaf.
    """
    if not chain:
        return 21
    trusted = {der for _, der in anchors}
    built = [chain[0]]
    error: int | None = None
    while True:
        info, der = built[-1]
        if der in trusted:
            break
        anchor = next((a for a in anchors if a[0].get('subject') == info.get('issuer')
                       and _issuedBy(der, a[1])), None)
        if anchor is not None:
            built.append(anchor)
            break
        if info.get('subject') == info.get('issuer') and _issuedBy(der, der):
            error = 18 if len(built) == 1 else 19
            break
        parent = next((c for c in chain[1:] if c[0].get('subject') == info.get('issuer')
                       and all(c[1] != b[1] for b in built) and _issuedBy(der, c[1])), None)
        if parent is None or len(built) > 16:
            error = 21 if len(built) == 1 else 20
            break
        built.append(parent)
    now = time.time()
    for info, _ in reversed(built):
        dated = _timeError(info, now)
        if dated is not None:
            error = dated
    return error


# -- checkServerIdentity ---------------------------------------------------------------

def _canonicalizeIP(ip: str) -> str | None:
    try:
        return str(ipaddress.ip_address(ip))
    except ValueError:
        return None


def _unfqdn(host: str) -> str:
    return re.sub(r'[.]$', '', host)


def _splitHost(host: str) -> list[str]:
    return re.sub(r'[A-Z]', lambda m: m.group(0).lower(), _unfqdn(host)).split('.')


def _check(hostParts: list[str], pattern: Any, wildcards: bool) -> bool:
    if not pattern:
        return False
    patternParts = _splitHost(pattern)
    if len(hostParts) != len(patternParts):
        return False
    if '' in patternParts:
        return False
    if any(re.search(r'[^\u0021-\u007F]', part) for part in patternParts):
        return False
    for i in range(len(hostParts) - 1, 0, -1):
        if hostParts[i] != patternParts[i]:
            return False
    hostSubdomain = hostParts[0]
    patternSubdomain = patternParts[0]
    patternSubdomainParts = patternSubdomain.split('*')
    if len(patternSubdomainParts) == 1 or 'xn--' in patternSubdomain:
        return hostSubdomain == patternSubdomain
    if not wildcards:
        return False
    if len(patternSubdomainParts) > 2:
        return False
    if len(patternParts) <= 2:
        return False
    prefix, suffix = patternSubdomainParts
    if len(prefix) + len(suffix) > len(hostSubdomain):
        return False
    return hostSubdomain.startswith(prefix) and hostSubdomain.endswith(suffix)


def _splitAltNames(altNames: str) -> list[str]:
    result: list[str] = []
    current = ''
    offset = 0
    pattern = re.compile(r'"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
    while offset != len(altNames):
        nextSep = altNames.find(',', offset)
        nextQuote = altNames.find('"', offset)
        if nextQuote != -1 and (nextSep == -1 or nextQuote < nextSep):
            current += altNames[offset:nextQuote]
            match = pattern.match(altNames, nextQuote)
            if not match:
                raise SyntaxError('Invalid subject alternative name string')
            current += json.loads(match.group(0))
            offset = match.end()
        elif nextSep != -1:
            current += altNames[offset:nextSep]
            result.append(current)
            current = ''
            offset = nextSep + 2
        else:
            current += altNames[offset:]
            offset = len(altNames)
    result.append(current)
    return result


def checkServerIdentity(hostname: Any, cert: dict[str, Any]) -> NodeError | None:
    """``tls.checkServerIdentity(hostname, cert)``: ``None``, or the error to fail with."""
    subject = cert.get('subject')
    altNames = cert.get('subjectaltname')
    dnsNames: list[str] = []
    ips: list[str | None] = []
    hostname = str(hostname)
    if altNames:
        names = _splitAltNames(altNames) if '"' in altNames else altNames.split(', ')
        for name in names:
            if name.startswith('DNS:'):
                dnsNames.append(name[4:])
            elif name.startswith('IP Address:'):
                ips.append(_canonicalizeIP(name[11:]))
    valid = False
    reason = 'Unknown reason'
    hostname = _unfqdn(hostname)
    if net.isIP(hostname):
        valid = _canonicalizeIP(hostname) in ips
        if not valid:
            reason = f"IP: {hostname} is not in the cert's list: " + \
                ', '.join('undefined' if ip is None else ip for ip in ips)
    elif dnsNames or (subject or {}).get('CN'):
        hostParts = _splitHost(hostname)
        if dnsNames:
            valid = any(_check(hostParts, name, True) for name in dnsNames)
            if not valid:
                reason = f"Host: {hostname}. is not in the cert's altnames: {altNames}"
        else:
            cn = (subject or {})['CN']
            if isinstance(cn, list):
                valid = any(_check(hostParts, name, True) for name in cn)
            else:
                valid = _check(hostParts, cn, True)
            if not valid:
                shown = ','.join(cn) if isinstance(cn, list) else cn
                reason = f"Host: {hostname}. is not cert's CN: {shown}"
    else:
        reason = 'Cert does not contain a DNS name'
    if not valid:
        err = ERR_TLS_CERT_ALTNAME_INVALID(reason)
        err.reason = reason  # type: ignore[attr-defined]
        err.host = hostname  # type: ignore[attr-defined]
        err.cert = cert  # type: ignore[attr-defined]
        return err
    return None


# -- the TLS layer between the TCP transport and the socket ---------------------------------

class _TLSLayer:
    """Protocol of the raw TCP transport and transport of the :class:`TLSSocket`.

    Ciphertext comes in through ``data_received`` and leaves through the raw
    transport; plaintext goes to ``socket._onData`` and comes in through
    ``write``. Plaintext written before the handshake is done waits in
    ``pending``; the socket releases it (``release``) once it is secure.
    """

    __slots__ = ('owner', 'raw', 'incoming', 'outgoing', 'sslobj', 'ssl', 'established',
                 'released', 'pending', 'eofPending', 'appPaused', 'readEnded', 'eofWaiting',
                 'keylog', 'sessionReads', 'closing')

    def __init__(self, owner: TLSSocket, raw: asyncio.Transport) -> None:
        self.owner = owner
        self.raw = raw
        self.incoming = ssl.MemoryBIO()
        self.outgoing = ssl.MemoryBIO()
        self.sslobj: ssl.SSLObject | None = None
        self.ssl: Any = None            # the _ssl._SSLSocket under sslobj: the hot path calls it
        self.established = False        # handshake done
        self.released = False           # the socket let its first writes go
        self.pending: list[bytes] = []
        self.eofPending = False
        self.appPaused = False
        self.readEnded = False
        self.eofWaiting = False         # TCP EOF came while plaintext was held back by pause()
        self.keylog: _KeylogTap | None = None
        self.sessionReads = 0
        self.closing = False
        raw.set_protocol(self)  # type: ignore[arg-type]

    # -- the raw transport's protocol --------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # pragma: no cover
        pass

    def data_received(self, data: bytes) -> None:
        if self.ssl is None:
            return
        self.incoming.write(data)
        if not self.established:
            self.handshake()
            if not self.established:
                return
        self.readApp()

    def eof_received(self) -> bool:
        if self.appPaused and self.established and self.ssl is not None and self.ssl.pending():
            self.eofWaiting = True
            return True
        self._eof()
        return True

    def _eof(self) -> None:
        if not self.readEnded:
            self.readEnded = True
            owner = self.owner
            if not owner.destroyed:
                owner._onEof()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        self.owner._onConnectionLost(exc)

    def pause_writing(self) -> None:
        self.owner._writePaused = True

    def resume_writing(self) -> None:
        self.owner._onResumeWriting()

    # -- TLS steps -----------------------------------------------------------------------

    def flush(self) -> None:
        out = self.outgoing
        if out.pending and not self.closing and not self.raw.is_closing():
            self.raw.write(out.read())

    def handshake(self) -> None:
        owner = self.owner
        try:
            self.ssl.do_handshake()
        except ssl.SSLWantReadError:
            self.flush()
            self.afterStep()
            return
        except ssl.SSLError as exc:
            self.flush()
            self.afterStep()
            owner._onTLSFailure(exc)
            return
        self.flush()
        self.established = True
        self.afterStep()
        owner._onHandshakeDone()

    def readApp(self) -> None:
        owner = self.owner
        read = self.ssl.read
        while not self.appPaused:
            try:
                chunk = read(_READ_SIZE)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                chunk = b''
            except ssl.SSLError as exc:
                self.flush()
                owner._onTLSFailure(exc)
                return
            if self.sessionReads or self.keylog is not None:
                # A session ticket read with this record comes before the data, as in Node.
                self.afterStep()
                if owner.destroyed:
                    return
            if not chunk:  # close_notify
                self.flush()
                self._eof()
                return
            owner._onData(chunk)
            if owner.destroyed:
                return
        if self.outgoing.pending:
            self.flush()
        if self.sessionReads or self.keylog is not None:
            self.afterStep()
        if self.eofWaiting and not self.appPaused:
            self.eofWaiting = False
            self._eof()

    def afterStep(self) -> None:
        """After a TLS step: this socket's keylog lines, and a new session if one arrived."""
        owner = self.owner
        if self.keylog is not None:
            lines = self.keylog.take()
            if lines and owner._keylogEnabled:
                for line in lines:
                    owner.emit('keylog', line)
        if self.sessionReads and self.established:
            self.sessionReads -= 1
            owner._checkSession()

    def release(self) -> None:
        """The socket is secure (and, on a client, verified): send what was written so far."""
        self.released = True
        if self.appPaused:
            try:
                self.raw.pause_reading()
            except (RuntimeError, AttributeError):
                pass
        pending = self.pending
        if pending:
            self.pending = []
            data = b''.join(pending)
            self._write(data)
        if self.eofPending:
            self.eofPending = False
            self.write_eof()

    def _write(self, data: bytes) -> None:
        # A memory BIO never pushes back, so SSL_write takes everything at once.
        written = self.ssl.write(data)
        if written < len(data):  # pragma: no cover - kept for safety
            view = memoryview(data)[written:]
            while view:
                view = view[self.ssl.write(view):]
        self.flush()

    # -- the socket's transport ----------------------------------------------------------

    def write(self, data: bytes) -> None:
        if self.released and not self.pending:
            try:
                self._write(data)
            except ssl.SSLError as exc:
                self.owner._onTLSFailure(exc)
        else:
            self.pending.append(data)

    def writelines(self, chunks: list[bytes]) -> None:
        self.write(b''.join(chunks))

    def write_eof(self) -> None:
        if not self.released or self.pending:
            self.eofPending = True
            return
        try:
            self.ssl.shutdown()
        except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
            pass
        except (ssl.SSLError, ValueError):
            pass
        self.flush()
        if not self.raw.is_closing() and self.raw.can_write_eof():
            try:
                self.raw.write_eof()
            except (OSError, RuntimeError):
                pass

    def can_write_eof(self) -> bool:
        return True

    def close(self) -> None:
        self.closing = True
        self.raw.close()

    def abort(self) -> None:
        self.closing = True
        self.raw.abort()

    def is_closing(self) -> bool:
        return self.raw.is_closing()

    def pause_reading(self) -> None:
        self.appPaused = True
        if self.released:
            try:
                self.raw.pause_reading()
            except (RuntimeError, AttributeError):
                pass

    def resume_reading(self) -> None:
        if not self.appPaused:
            return
        self.appPaused = False
        if self.released:
            try:
                self.raw.resume_reading()
            except (RuntimeError, AttributeError):
                pass
            self.owner._life.loop.call_soon(self._drain)

    def _drain(self) -> None:
        if self.established and not self.appPaused and not self.owner.destroyed and \
                self.ssl is not None:
            self.readApp()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if name == 'ssl_object':
            return self.sslobj
        return self.raw.get_extra_info(name, default)

    def get_write_buffer_size(self) -> int:
        return self.raw.get_write_buffer_size() + sum(map(len, self.pending))


# -- TLSSocket ---------------------------------------------------------------------------

# Session results of sockets that did not verify in the handshake (rejectUnauthorized: false),
# by session id: a resumed session has no certificate chain to check again.
_sessionVerdicts: collections.OrderedDict[bytes, str | None] = collections.OrderedDict()


class TLSSocket(net.Socket):
    """Node's ``tls.TLSSocket`` (https://nodejs.org/docs/latest-v20.x/api/tls.html#class-tlstlssocket)."""

    def __init__(self, socket: Any = None, options: dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        opts = {k: v for k, v in {**(options or {}), **kwargs}.items() if v is not None}
        allowHalfOpen = socket.allowHalfOpen if socket is not None else opts.get('allowHalfOpen')
        super().__init__({'allowHalfOpen': allowHalfOpen})
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
        self._secureContext = _contextFor(opts)
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

    def _wrapSocket(self, socket: net.Socket) -> None:
        """``new TLSSocket(netSocket)``: take over a connected (or connecting) plain socket."""
        def takeOver(*_: Any) -> None:
            transport = socket._transport
            if transport is None or socket.destroyed:
                self.destroy(errors.ERR_SOCKET_CLOSED())
                return
            socket._transport = None
            socket.readable = socket.writable = False
            socket._release()
            self.connecting = True
            self._hold()
            self._onConnected(transport)
        if socket.connecting:
            self.connecting = True
            self._hold()
            socket.once('connect', takeOver)
        else:
            nextTick(takeOver)

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
        layer = _TLSLayer(self, transport)
        server, verify = self._contextRole()
        ctx = self._secureContext._get(server, verify)
        if self._keylogEnabled:
            layer.keylog = self._secureContext._keylogTap(server, verify)
        hostname = self._servernameOut if not server else None
        try:
            sslobj = ctx.wrap_bio(layer.incoming, layer.outgoing, server_side=server,
                                  server_hostname=hostname, session=self._session)
        except (ValueError, TypeError, ssl.SSLError):
            # A session from another SSLContext cannot be resumed here: connect afresh.
            sslobj = ctx.wrap_bio(layer.incoming, layer.outgoing, server_side=server,
                                  server_hostname=hostname)
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
        if self._layer is not None and not self._tlsOptions.get('isServer'):
            # TLS 1.3 tickets come after the handshake: look for them in the next reads.
            self._layer.sessionReads = 16
        self.emit('secure')
        if not self.destroyed:
            self._checkSession()

    def _onTLSFailure(self, exc: ssl.SSLError) -> None:
        """Node's ``onerror`` for the TLS layer (handshake or record failure)."""
        if isinstance(exc, ssl.SSLCertVerificationError) and \
                not self._tlsOptions.get('isServer'):
            err: NodeError = self._chainVerifyError(exc)
            self.authorized = False
            self.authorizationError = err.code
        else:
            err = _sslError(exc)
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

    def _peerChain(self) -> list[tuple[dict[str, Any], bytes]]:
        sslobj = self._sslobj
        if sslobj is None:
            return []
        getter = getattr(sslobj._sslobj, 'get_unverified_chain', None)  # type: ignore[attr-defined]
        chain = getter() if getter is not None else None
        if chain:
            return [(c.get_info(), c.public_bytes(ssl._ssl.ENCODING_DER))  # type: ignore[attr-defined]
                    for c in chain]
        return []

    def _chainVerifyError(self, exc: ssl.SSLCertVerificationError) -> OpenSSLError:
        """Node's verify error for a handshake that OpenSSL failed at its first chain error."""
        number = getattr(exc, 'verify_code', 0) or 0
        chain = self._peerChain()
        code: int | None
        if number in (9, 10):
            # The chain was trusted: Node reports the lowest failing date.
            now = time.time()
            code = next((e for e in (_timeError(info, now) for info, _ in chain)
                         if e is not None), number)
        elif number in (2, 18, 19, 20, 21):
            code = _chainError(chain, self._secureContext._trustAnchors(*self._contextRole()))
            if code is None:
                code = number
        else:
            code = number
        return _verifyError(code, getattr(exc, 'verify_message', None))

    def _verifyResult(self) -> NodeError | None:
        """``this._handle.verifyError()``: ``None`` if the chain is trusted."""
        sslobj = self._sslobj
        if sslobj is None:
            return None
        if sslobj.context.verify_mode == ssl.CERT_REQUIRED:
            return None  # OpenSSL verified it inside the handshake
        chain = self._peerChain()
        if not chain and self.isSessionReused():
            # A resumed session brings no chain: take the verdict of the session's first
            # connection, or check the leaf alone.
            session = sslobj.session
            if session is not None and session.id in _sessionVerdicts:
                verdict = _sessionVerdicts[session.id]
                return _verifyError(_codeNumber(verdict)) if verdict else None
            der = sslobj.getpeercert(True)
            chain = [(_decodeDer(der), der)] if der else []
        code = _chainError(chain, self._secureContext._trustAnchors(*self._contextRole()))
        return _verifyError(code) if code is not None else None

    def _onConnectSecure(self, *_: Any) -> None:
        """Node's ``onConnectSecure``: verify the server, then ``'secureConnect'``."""
        options = self._connectOptions or {}
        verifyError = self._verifyResult()
        self._verdict = getattr(verifyError, 'code', None) if verifyError is not None else None
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

    _verdict: str | None = None

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
        session = sslobj.session
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
        if sslobj.context.verify_mode != ssl.CERT_REQUIRED:
            _sessionVerdicts[sid] = self._verdict
            if len(_sessionVerdicts) > 4096:
                _sessionVerdicts.popitem(last=False)
        if self.listenerCount('session') == 0:
            return
        if self._isVerified:
            self.emit('session', session)
        else:
            self._pendingSession = session

    def getSession(self) -> ssl.SSLSession | None:
        """The TLS session (an ``ssl.SSLSession``; Node gives a Buffer)."""
        return self._sslobj.session if self._sslobj is not None else None

    def setSession(self, session: Any) -> None:
        self._session = session

    def isSessionReused(self) -> bool:
        return bool(self._sslobj is not None and self._sslobj.session_reused)

    def setServername(self, name: Any) -> None:
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
        chain = self._peerChain()
        if not chain:
            der = sslobj.getpeercert(True) if self._secureEstablished else None
            if not der:
                return {}
            info = sslobj.getpeercert() or _decodeDer(der)
            return _certificateObject(info, der) if info else {}
        certs = [_certificateObject(info, der) for info, der in chain]
        if detailed:
            anchors = self._secureContext._trustAnchors(*self._contextRole())
            top = chain[-1]
            if top[0].get('subject') != top[0].get('issuer'):
                anchor = next((a for a in anchors if a[0].get('subject') ==
                               top[0].get('issuer')), None)
                if anchor is not None:
                    certs.append(_certificateObject(*anchor))
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
        return self._sslobj.version() if self._sslobj is not None else None

    def getCipher(self) -> dict[str, str] | None:
        cipher = self._sslobj.cipher() if self._sslobj is not None else None
        if not cipher:
            return None
        name, version, _ = cipher
        return {'name': name, 'standardName': name if name.startswith('TLS_') else name,
                'version': version}

    def getEphemeralKeyInfo(self) -> dict[str, Any] | None:
        return {} if self._sslobj is not None else None

    def getSharedSigalgs(self) -> list[str]:
        return []

    def getFinished(self) -> bytes | None:
        return None

    def getPeerFinished(self) -> bytes | None:
        return None

    def getTLSTicket(self) -> bytes | None:
        return None

    def disableRenegotiation(self) -> None:
        """OpenSSL 3 as Python builds it refuses renegotiation already."""

    def setMaxSendFragment(self, size: int) -> bool:
        return False

    def enableTrace(self) -> None:
        pass

    def exportKeyingMaterial(self, length: int, label: str, context: bytes | None = None) -> bytes:
        raise errors.ERR_METHOD_NOT_IMPLEMENTED('exportKeyingMaterial()')

    def renegotiate(self, options: dict[str, Any], callback: Callable[..., Any] | None = None
                    ) -> bool:
        if callback is not None:
            nextTick(callback, errors.ERR_METHOD_NOT_IMPLEMENTED('renegotiate()'))
        return False

    def __repr__(self) -> str:
        return f'<TLSSocket {self.readyState} {self._peer!r}>'


def _codeNumber(code: str | None) -> int:
    for number, name in _X509_CODES.items():
        if name == code:
            return number
    return 0


def _decodeDer(der: bytes) -> dict[str, Any]:
    """A DER certificate decoded into Python's ``getpeercert()`` form."""
    decode = getattr(ssl._ssl, '_test_decode_cert', None)  # type: ignore[attr-defined]
    if decode is None:  # pragma: no cover
        return {}
    path = _privateFile(ssl.DER_cert_to_PEM_cert(der))
    try:
        return decode(path)  # type: ignore[no-any-return]
    finally:
        os.unlink(path)


# -- tls.connect -----------------------------------------------------------------------------

def _normalizeConnectArgs(args: tuple[Any, ...]) -> tuple[dict[str, Any], Callable[..., Any] | None]:
    options, cb = net._normalize_connect_args(args)
    if len(args) > 1 and isinstance(args[1], dict):
        options.update(args[1])
    elif len(args) > 2 and isinstance(args[2], dict):
        options.update(args[2])
    return options, cb


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
        net.Server.__init__(self, {'allowHalfOpen': opts.get('allowHalfOpen'),
                                   'pauseOnConnect': opts.get('pauseOnConnect')})
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
