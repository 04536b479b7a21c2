"""Certificates: decoding into Node's ``getPeerCertificate()`` objects, chain verification
(the X509_V_ERR code Node's OpenSSL reports) and ``checkServerIdentity``.

Port-only module: Node does this in C++ (``crypto_x509.cc``, ``crypto_common.cc``) and
``tls.js`` (``checkServerIdentity``).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import ssl
import time
from typing import Any

from . import net
from ._tls_common import _privateFile
from .errors import ERR_TLS_CERT_ALTNAME_INVALID, NodeError

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
