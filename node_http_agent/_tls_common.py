"""Node's ``_tls_common.js`` and ``internal/tls/secure-context.js``: ``SecureContext``,
``createSecureContext`` and the option handling that builds ``ssl.SSLContext`` s.

Python needs one ``ssl.SSLContext`` per role and verification mode (Node sets
those per connection), so a :class:`SecureContext` builds its variants on
first use and keeps them: a session resumes only with the context that made
it, and contexts are cached per set of TLS options (``_contextFor``) so the
sessions an Agent caches resume.
"""

from __future__ import annotations

import collections
import os
import re
import ssl
import weakref
from typing import Any

from ._tls_x509 import X509, _decodeOrNone
from .errors import (
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
)
from .validators import validateString

# Node keeps these in tls.js; here they live with the code that reads them (tls re-exports).
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
        self._trust: dict[tuple[bool, bool], list[X509]] = {}
        self._keylog: dict[tuple[bool, bool], _KeylogTap] = {}
        # Verdicts of rejectUnauthorized: false connections by leaf DER, for resumed sessions
        # (they bring no chain to check again).
        self._verdicts: dict[bytes, str | None] = {}
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
        """Node's ``secureContext.context``."""
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
                _addCACert(ctx, item)
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

    def _trustAnchors(self, server: bool, verify: bool) -> list[X509]:
        """The CA certificates of a context, decoded (one that does not decode is left out)."""
        key = (server, verify)
        anchors = self._trust.get(key)
        if anchors is None:
            ders = self._get(server, verify).get_ca_certs(binary_form=True)
            anchors = self._trust[key] = [a for a in map(_decodeOrNone, ders) if a is not None]
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


_PEM_BLOCK = re.compile(r'-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----.+?-----END '
                        r'(?:X509 |TRUSTED )?CERTIFICATE-----', re.S)


def _addCACert(ctx: ssl.SSLContext, item: Any) -> None:
    """Node's ``addCACert``: each certificate that parses is trusted; text that is not a
    certificate adds nothing (Node fails the verification later, with a coded error)."""
    if isinstance(item, (bytes, bytearray, memoryview)) and \
            not bytes(item).lstrip().startswith(b'-----'):
        blocks: list[Any] = [bytes(item)]
    else:
        blocks = _PEM_BLOCK.findall(_text(item))
    for block in blocks:
        try:
            ctx.load_verify_locations(cadata=block)
        except (ssl.SSLError, ValueError):
            pass


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
    """``cert``/``key``/``passphrase`` (and ``pfx``) into ``ctx``.

    ``load_cert_chain`` reads only from paths: each PEM is handed over through an
    anonymous in-memory file (``_memoryFile``), never a file on disk.
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
        if keyPem is None:
            # The key inside the cert PEM: handed over apart, so each path is read once.
            keyPem = ''.join(_PEM_KEY.findall(certPem)) or None
        with _memoryFile(certPem.encode('latin-1')) as certPath:
            if keyPem is None:
                ctx.load_cert_chain(certPath, None, password)
                continue
            with _memoryFile(keyPem.encode('latin-1')) as keyPath:
                ctx.load_cert_chain(certPath, keyPath, password)


_PEM_KEY = re.compile(r'-----BEGIN ([A-Z ]*)PRIVATE KEY-----.+?-----END \1PRIVATE KEY-----\s*',
                      re.S)


class _memoryFile:
    """A path to ``data`` that exists only in memory, closed on exit: an ``os.memfd_create``
    file seen through ``/proc/self/fd``. Raises ``OSError`` (``EMFILE``, ...) when no fd can
    be had. Where there is no ``memfd_create`` (macOS), a private temporary file unlinked
    before anything reads it, seen through ``/dev/fd``."""

    __slots__ = ('data', 'fd')

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.fd = -1

    def __enter__(self) -> str:
        memfd = getattr(os, 'memfd_create', None)
        if memfd is None:
            return self._unlinkedFile()
        self.fd = fd = memfd('nha-tls', os.MFD_CLOEXEC)
        try:
            _writeAll(fd, self.data)
        except BaseException:
            os.close(fd)
            raise
        return f'/proc/self/fd/{fd}'

    def _unlinkedFile(self) -> str:  # pragma: no cover - platforms without memfd_create
        import tempfile
        self.fd, path = tempfile.mkstemp(prefix='nha-tls-')
        os.unlink(path)
        _writeAll(self.fd, self.data)
        os.lseek(self.fd, 0, os.SEEK_SET)  # /dev/fd/N may share this fd's offset
        return f'/dev/fd/{self.fd}'

    def __exit__(self, *_: Any) -> None:
        os.close(self.fd)


def _writeAll(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


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
    that socket's. The file is an in-memory one (``memfd``), emptied after each read.
    """

    def __init__(self, ctx: ssl.SSLContext) -> None:
        memfd = getattr(os, 'memfd_create', None)
        if memfd is None:  # pragma: no cover - macOS: a private file, unlinked once opened
            import tempfile
            fd, path = tempfile.mkstemp(prefix='nha-keylog-')
            try:
                ctx.keylog_filename = path
            finally:
                os.unlink(path)
        else:
            fd = memfd('nha-keylog', os.MFD_CLOEXEC)
            path = f'/proc/self/fd/{fd}'
            try:
                ctx.keylog_filename = path  # OpenSSL opens its own description
            except BaseException:
                os.close(fd)
                raise
        self._file = open(fd, 'r+b')  # noqa: SIM115 - kept open for the context's life
        weakref.finalize(ctx, self._file.close)

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
