"""``node:tls``: ``TLSSocket``, ``connect``, ``createServer``, ``createSecureContext``.

The public face, as Node's ``tls.js``; the code is split the way Node splits it:

* ``_tls_common`` -- ``SecureContext``, ``createSecureContext``, option handling
  (Node's ``_tls_common.js`` and ``internal/tls/secure-context.js``);
* ``_tls_wrap`` -- ``TLSSocket``, ``Server``, ``createServer``, ``connect`` (``_tls_wrap.js``);
* ``_tls_transport`` -- port-only: the stand-in for Node's C++ ``TLSWrap``, an
  ``ssl.SSLObject`` over ``ssl.MemoryBIO`` s under the socket;
* ``_tls_x509`` -- port-only: certificate decoding, chain verification,
  ``checkServerIdentity`` (C++ and ``tls.js`` in Node);
* the TLS error codes are in the one ``errors`` table.

What Python's ``ssl`` cannot do, and how this module gets as close as it can:

* Verification. OpenSSL verifies inside the handshake and Python gives it no
  callback, so with ``rejectUnauthorized`` (the default) a bad chain fails the
  handshake itself: the client still gets Node's error (``.code`` and message
  are named by ``_tls_x509`` from the chain the server sent, as Node's OpenSSL
  reports them after a completed handshake), but the *server* sees a TLS alert
  (``tlsClientError``) instead of a completed handshake followed by a close.
  With ``rejectUnauthorized: False`` the handshake does not verify, and
  ``authorized``/``authorizationError`` come from ``_tls_x509``'s port of
  OpenSSL's chain check (signatures, names, dates, CA flags, purpose), against
  the anchors ``SSLContext.get_ca_certs()`` lists (a system ``capath``
  directory is not seen). Whatever does not decode or verify is unauthorized.
* Sessions are opaque ``TLSSession`` objects (the attributes of
  ``ssl.SSLSession``), not Buffers, and resume only with the ``SSLContext``
  that made them: contexts are cached per set of TLS options so the sessions
  an Agent caches resume. Where CPython's ``SSLObject.session`` leaks
  (3.10-3.12.6), they are taken from libssl instead (``_tls_session``).
* ``'keylog'``: ``SSLContext.keylog_filename`` is per context, so once a socket
  of a context has a ``'keylog'`` listener, the context logs into an in-memory
  file (``memfd``) which is read and emptied after every TLS step of its
  sockets; the lines that appeared are that socket's (OpenSSL logs
  synchronously inside the step), emitted one event per line, each ending in
  ``\\n`` as in Node.
* Key material: ``load_cert_chain`` reads paths only, so ``cert``/``key`` PEMs
  pass through in-memory files (``os.memfd_create``); nothing touches the disk
  (without ``memfd_create``, on macOS: a private file unlinked before it is read).
* TLS 1.3 cipher suites cannot be chosen (Python has no
  ``SSL_CTX_set_ciphersuites``); ``ciphers`` sets the TLS 1.2 list.
  An IP address is never sent as SNI (Node sends it with a warning).
  ``getEphemeralKeyInfo``, ``getFinished``, ``getTLSTicket``,
  ``exportKeyingMaterial``, ``getCertificate`` details, ``sigalgs``,
  ``sessionIdContext``, ``crl`` and ``privateKeyEngine`` are not available.
* Servers: ``'connection'`` carries the TLSSocket before its handshake (Node
  passes the raw TCP socket); ``'newSession'``/``'resumeSession'``/``'OCSPRequest'``
  and ``setTicketKeys`` do not exist. With ``requestCert`` and
  ``rejectUnauthorized: False``, a client certificate that does not verify
  fails the handshake (Python cannot ask for a certificate without checking
  it); Node accepts it and sets ``authorized`` to false.
"""

from __future__ import annotations

from ._tls_common import (
    DEFAULT_CIPHERS,
    DEFAULT_ECDH_CURVE,
    DEFAULT_MAX_VERSION,
    DEFAULT_MIN_VERSION,
    SecureContext,
    createSecureContext,
    getCiphers,
)
from ._tls_wrap import Server, TLSSocket, connect, createServer
from ._tls_x509 import checkServerIdentity

__all__ = [
    'TLSSocket', 'Server', 'SecureContext', 'connect', 'createServer', 'createSecureContext',
    'checkServerIdentity', 'getCiphers', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE',
    'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW',
]

CLIENT_RENEG_LIMIT = 3
CLIENT_RENEG_WINDOW = 600
