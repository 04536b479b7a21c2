"""Certificates: decoding into Node's ``getPeerCertificate()`` objects, chain verification
(the X509_V_ERR code Node's OpenSSL reports) and ``checkServerIdentity``.

Port-only module: Node does this in C++ (``crypto_x509.cc``, ``crypto_common.cc``, OpenSSL's
``X509_verify_cert``) and ``tls.js`` (``checkServerIdentity``). Everything is read with
``cryptography``'s ``x509`` API (a required dependency): no private ``ssl`` hooks, no files.

The verification is the one Python's ``ssl`` does not expose after a handshake made with
``CERT_NONE`` (``rejectUnauthorized: false``), and the one that names the error of a
handshake OpenSSL failed (``rejectUnauthorized`` on). It follows ``X509_verify_cert`` with
a callback that accepts every error, as Node's does, so the code reported is the *last*
one found: chain building (issuer by name and key identifier, trusted store first),
CA and purpose checks, then signatures and dates from the top of the chain down to the
leaf. Every failure to decode or to verify counts as an error: nothing passes unchecked.
"""

from __future__ import annotations

import collections
import datetime
import ipaddress
import json
import re
import warnings
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import ExtendedKeyUsageOID

from . import net
from .errors import ERR_TLS_CERT_ALTNAME_INVALID, NodeError

# -- certificates ---------------------------------------------------------------------

# OpenSSL's short names (OBJ_nid2sn), which Node uses as keys of subject and issuer.
_SHORT_NAMES = {
    '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.8': 'ST', '2.5.4.7': 'L', '2.5.4.10': 'O',
    '2.5.4.11': 'OU', '1.2.840.113549.1.9.1': 'emailAddress', '2.5.4.5': 'serialNumber',
    '0.9.2342.19200300.100.1.25': 'DC', '2.5.4.9': 'street', '2.5.4.42': 'GN', '2.5.4.4': 'SN',
    '2.5.4.12': 'title', '0.9.2342.19200300.100.1.1': 'UID', '2.5.4.46': 'dnQualifier',
    '2.5.4.65': 'pseudonym', '2.5.4.43': 'initials', '2.5.4.44': 'generationQualifier',
    '2.5.4.17': 'postalCode', '2.5.4.15': 'businessCategory', '2.5.4.13': 'description',
    '2.5.4.41': 'name', '2.5.4.97': 'organizationIdentifier',
    '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC', '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
    '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL',
}


class X509:
    """One decoded certificate (port-only; Node holds an OpenSSL ``X509*``): the parsed
    ``cryptography`` certificate, its DER, and what chain building compares."""

    __slots__ = ('raw', 'cert', 'subject', 'issuer', 'skid', 'akid', 'akidSerial', 'version',
                 'legacy')

    def __init__(self, der: bytes) -> None:
        self.raw = der
        with warnings.catch_warnings():  # e.g. a negative serial in an old system root
            warnings.simplefilter('ignore', CryptographyDeprecationWarning)
            self.cert = cert = x509.load_der_x509_certificate(der)
            cert.extensions  # noqa: B018 - parsed here, under the same filter
        self.subject = cert.subject.public_bytes()
        self.issuer = cert.issuer.public_bytes()
        self.version = cert.version
        self.legacy: dict[str, Any] | None = None
        self.skid: bytes | None = None
        self.akid: bytes | None = None
        self.akidSerial: int | None = None
        try:
            self.skid = cert.extensions.get_extension_for_class(
                x509.SubjectKeyIdentifier).value.digest
        except x509.ExtensionNotFound:
            pass
        try:
            akid = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
            self.akid = akid.key_identifier
            self.akidSerial = akid.authority_cert_serial_number
        except x509.ExtensionNotFound:
            pass

    def extension(self, kind: Any) -> Any:
        try:
            return self.cert.extensions.get_extension_for_class(kind).value
        except x509.ExtensionNotFound:
            return None


_decoded: collections.OrderedDict[bytes, X509] = collections.OrderedDict()
_DECODED_CACHE_SIZE = 256


def _decodeDer(der: bytes) -> X509:
    """A DER certificate, decoded once (a small cache: an agent sees the same chains again).
    Raises ``ValueError`` for bytes that are not a certificate."""
    cert = _decoded.get(der)
    if cert is None:
        cert = _decoded[der] = X509(der)
        if len(_decoded) > _DECODED_CACHE_SIZE:
            _decoded.popitem(last=False)
    else:
        _decoded.move_to_end(der)
    return cert


def _decodeOrNone(der: bytes) -> X509 | None:
    try:
        return _decodeDer(der)
    except ValueError:
        return None


def _decodeAll(ders: list[bytes]) -> list[X509] | None:
    """Every certificate of a chain, or ``None`` if one does not decode."""
    try:
        return [_decodeDer(der) for der in ders]
    except ValueError:
        return None


def _nameObject(name: x509.Name) -> dict[str, Any]:
    """A distinguished name as Node's ``{CN: 'x', OU: [...]}`` (repeats -> list), in order."""
    result: dict[str, Any] = {}
    for attribute in name:
        oid = attribute.oid.dotted_string
        key = _SHORT_NAMES.get(oid, oid)
        value = attribute.value
        if isinstance(value, bytes):
            value = value.decode('latin-1')
        if key in result:
            if isinstance(result[key], list):
                result[key].append(value)
            else:
                result[key] = [result[key], value]
        else:
            result[key] = value
    return result


def _colonHex(digest: bytes) -> str:
    return ':'.join(f'{b:02X}' for b in digest)


_SAFE = re.compile(r'[^"\\,\'\x00-\x1f\x7f-\U0010ffff]*')
_SAFE_UTF8 = re.compile(r'[^"\\,\'\x00-\x1f\x7f]*')


def _safeAltName(value: str, utf8: bool = False) -> str:
    """Node's ``PrintAltName``: a value that could be misread is quoted, with ``"`` and
    ``\\`` backslash-escaped and commas, control and (outside UTF-8) non-ASCII bytes as
    ``\\u00xx``."""
    if (_SAFE_UTF8 if utf8 else _SAFE).fullmatch(value):
        return value
    out = ['"']
    for c in value:
        if c in '"\\':
            out.append('\\' + c)
        elif (' ' <= c <= '~' and c != ',') or (utf8 and c > '\x7f'):
            out.append(c)
        else:
            out.extend(f'\\u00{b:02x}' for b in c.encode('utf-8'))
    out.append('"')
    return ''.join(out)


def _ipText(packed: ipaddress.IPv4Address | ipaddress.IPv6Address | Any) -> str:
    if isinstance(packed, ipaddress.IPv6Address):
        data = packed.packed
        return ':'.join(f'{(data[i] << 8) | data[i + 1]:X}' for i in range(0, 16, 2))
    return str(packed)


def _dirName(name: x509.Name) -> str:
    return ''.join(f'/{_SHORT_NAMES.get(a.oid.dotted_string, a.oid.dotted_string)}={a.value!s}'
                   for a in name)


def _generalName(general: Any) -> str:
    if isinstance(general, x509.DNSName):
        return 'DNS:' + _safeAltName(general.value)
    if isinstance(general, x509.IPAddress):
        return 'IP Address:' + _ipText(general.value)
    if isinstance(general, x509.RFC822Name):
        return 'email:' + _safeAltName(general.value)
    if isinstance(general, x509.UniformResourceIdentifier):
        return 'URI:' + _safeAltName(general.value)
    if isinstance(general, x509.DirectoryName):
        return 'DirName:' + _safeAltName(_dirName(general.value), True)
    if isinstance(general, x509.RegisteredID):
        return 'Registered ID:' + general.value.dotted_string
    return 'othername:<unsupported>'


def _certificateObject(decoded: X509) -> dict[str, Any]:
    """Node's ``getPeerCertificate()`` object for one certificate (C++ ``X509ToObject``):
    built once per certificate, a fresh copy each call (callers may change it)."""
    if decoded.legacy is None:
        decoded.legacy = _buildObject(decoded)
    return {key: (dict(value) if isinstance(value, dict) else
                  list(value) if isinstance(value, list) else value)
            for key, value in decoded.legacy.items()}


def _buildObject(decoded: X509) -> dict[str, Any]:
    cert = decoded.cert
    result: dict[str, Any] = {'subject': _nameObject(cert.subject),
                              'issuer': _nameObject(cert.issuer)}
    altNames = decoded.extension(x509.SubjectAlternativeName)
    if altNames is not None:
        result['subjectaltname'] = ', '.join(_generalName(g) for g in altNames)
    access = decoded.extension(x509.AuthorityInformationAccess)
    if access is not None:
        infoAccess: dict[str, list[str]] = {}
        for description in access:
            method = {'1.3.6.1.5.5.7.48.1': 'OCSP',
                      '1.3.6.1.5.5.7.48.2': 'CA Issuers'}.get(
                description.access_method.dotted_string,
                description.access_method.dotted_string)
            kind, _, value = _generalName(description.access_location).partition(':')
            infoAccess.setdefault(f'{method} - {kind}', []).append(value)
        result['infoAccess'] = infoAccess
    constraints = decoded.extension(x509.BasicConstraints)
    result['ca'] = bool(constraints is not None and constraints.ca)
    _addKeyDetails(result, cert)
    result['valid_from'] = _certTime(cert.not_valid_before_utc)
    result['valid_to'] = _certTime(cert.not_valid_after_utc)
    der = decoded.raw
    result['fingerprint'] = _colonHex(cert.fingerprint(hashes.SHA1()))
    result['fingerprint256'] = _colonHex(cert.fingerprint(hashes.SHA256()))
    result['fingerprint512'] = _colonHex(cert.fingerprint(hashes.SHA512()))
    usage = decoded.extension(x509.ExtendedKeyUsage)
    if usage is not None:
        result['ext_key_usage'] = [oid.dotted_string for oid in usage]
    serial = cert.serial_number
    hexSerial = f'{abs(serial):X}'
    if len(hexSerial) % 2:
        hexSerial = '0' + hexSerial
    result['serialNumber'] = ('-' if serial < 0 else '') + hexSerial
    result['raw'] = der
    return result


def _certTime(when: datetime.datetime) -> str:
    """OpenSSL's ``ASN1_TIME_print``: ``Jan  1 00:00:00 2000 GMT``."""
    return f'{when:%b} {when.day:2d} {when:%H:%M:%S} {when.year} GMT'


def _addKeyDetails(result: dict[str, Any], cert: x509.Certificate) -> None:
    """Key size, modulus and exponent (RSA), curve names (EC) and ``pubkey``, as Node has them."""
    try:
        key = cert.public_key()
    except (ValueError, TypeError):  # an algorithm cryptography does not know
        return
    if isinstance(key, rsa.RSAPublicKey):
        numbers = key.public_numbers()
        result['modulus'] = f'{numbers.n:X}'
        result['bits'] = key.key_size
        result['exponent'] = hex(numbers.e)
        result['pubkey'] = key.public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        result['bits'] = key.key_size
        result['pubkey'] = key.public_bytes(serialization.Encoding.X962,
                                            serialization.PublicFormat.UncompressedPoint)
        curve = key.curve.name
        result['asn1Curve'] = {'secp256r1': 'prime256v1'}.get(curve, curve)
        nist = {'secp256r1': 'P-256', 'secp384r1': 'P-384', 'secp521r1': 'P-521',
                'secp224r1': 'P-224', 'secp192r1': 'P-192'}.get(curve)
        if nist:
            result['nistCurve'] = nist


# -- chain verification (OpenSSL's X509_verify_cert, every error accepted, the last reported) --

_MAX_DEPTH = 100  # OpenSSL's default verify depth


def _checkIssued(child: X509, issuer: X509) -> bool:
    """OpenSSL's ``X509_check_issued``: names, key identifiers, ``keyCertSign`` (no signature)."""
    if child.issuer != issuer.subject:
        return False
    if child.akid is not None and issuer.skid is not None and child.akid != issuer.skid:
        return False
    if child.akidSerial is not None and child.akidSerial != issuer.cert.serial_number:
        return False
    usage = issuer.extension(x509.KeyUsage)
    return not (usage is not None and not usage.key_cert_sign)


def _signedBy(child: X509, issuer: X509) -> bool:
    """Whether ``issuer``'s key verifies ``child``'s signature; any failure (wrong key,
    algorithm, encoding) means no."""
    try:
        child.cert.verify_directly_issued_by(issuer.cert)
    except TypeError:  # a key type verify_directly_issued_by does not take (DSA)
        return _signedByDSA(child, issuer)
    except Exception:  # noqa: BLE001 - fail closed
        return False
    return True


def _signedByDSA(child: X509, issuer: X509) -> bool:
    try:
        key = issuer.cert.public_key()
        cert = child.cert
        if not isinstance(key, dsa.DSAPublicKey) or cert.signature_hash_algorithm is None:
            return False
        key.verify(cert.signature, cert.tbs_certificate_bytes, cert.signature_hash_algorithm)
    except Exception:  # noqa: BLE001 - fail closed
        return False
    return True


def _selfIssued(cert: X509) -> bool:
    return _checkIssued(cert, cert)


def _timeError(cert: X509, now: datetime.datetime) -> int | None:
    """``check_cert_time``: 9 (not yet valid), 10 (expired) or ``None``."""
    if now < cert.cert.not_valid_before_utc:
        return 9
    if now > cert.cert.not_valid_after_utc:
        return 10
    return None


def _checkCa(cert: X509) -> int:
    """OpenSSL's ``check_ca``: 1 (CA by basicConstraints), 3 (v1 root), 4 (keyCertSign
    without basicConstraints), 0 (not a CA)."""
    usage = cert.extension(x509.KeyUsage)
    if usage is not None and not usage.key_cert_sign:
        return 0
    constraints = cert.extension(x509.BasicConstraints)
    if constraints is not None:
        return 1 if constraints.ca else 0
    if cert.version == x509.Version.v1 and _selfIssued(cert):
        return 3
    return 4 if usage is not None else 0


# extendedKeyUsage values that let a certificate serve TLS (XKU_SSL_SERVER | XKU_SGC).
_SERVER_USAGES = {ExtendedKeyUsageOID.SERVER_AUTH.dotted_string, '2.16.840.1.113730.4.1',
                  '1.3.6.1.4.1.311.10.3.3'}


def _purposeError(cert: X509, isCa: bool) -> int | None:
    """``check_purpose`` for OpenSSL's ``ssl_server`` purpose: 26 or ``None``."""
    usage = cert.extension(x509.ExtendedKeyUsage)
    if usage is not None and not any(oid.dotted_string in _SERVER_USAGES for oid in usage):
        return 26
    if isCa:
        return 26 if _checkCa(cert) == 0 else None
    keyUsage = cert.extension(x509.KeyUsage)
    if keyUsage is not None and not (keyUsage.digital_signature or keyUsage.key_encipherment
                                     or keyUsage.key_agreement):
        return 26
    return None


def _extensionsError(built: list[X509]) -> int | None:
    """``check_chain``: CA flags, purpose and path length, leaf to top; the last error."""
    error: int | None = None
    pathLength = 0
    for i, cert in enumerate(built):
        if i > 0:
            ca = _checkCa(cert)
            if ca == 0 or (i + 1 < len(built) and ca != 1):
                error = 24
        purpose = _purposeError(cert, i > 0)
        if purpose is not None:
            error = purpose
        constraints = cert.extension(x509.BasicConstraints)
        if i > 1 and constraints is not None and constraints.path_length is not None and \
                pathLength > constraints.path_length:
            error = 25
        if i > 0 and not _selfIssued(cert):
            pathLength += 1
    return error


def _chainError(ders: list[bytes], anchors: list[X509],
                now: datetime.datetime | None = None) -> int | None:
    """The X509_V_ERR number Node reports for the chain a peer sent (DER, leaf first),
    or ``None`` when it is trusted. Fails closed: an empty or undecodable chain, or no
    trust anchors, is an error."""
    if now is None:
        now = datetime.datetime.now(datetime.timezone.utc)
    chain = _decodeAll(ders)
    if not chain:
        return 21
    trusted = {a.raw for a in anchors}
    built = [chain[0]]
    error: int | None = None
    isTrusted = False
    while True:
        cur = built[-1]
        if cur.raw in trusted:
            isTrusted = True
            break
        if len(built) > _MAX_DEPTH:
            error = 22
            break
        candidates = [a for a in anchors if _checkIssued(cur, a)]
        if candidates:
            # OpenSSL takes the first issuer that is valid now, else the last one found.
            valid = [a for a in candidates if _timeError(a, now) is None]
            anchor = valid[0] if valid else candidates[-1]
            if anchor.raw != cur.raw:
                built.append(anchor)
            isTrusted = True
            break
        if _selfIssued(cur):
            error = 18 if len(built) == 1 else 19
            break
        parent = next((c for c in chain[1:] if _checkIssued(cur, c)
                       and all(c.raw != b.raw for b in built)), None)
        if parent is None:
            error = 20
            break
        built.append(parent)
    extensionsError = _extensionsError(built)
    if extensionsError is not None:
        error = extensionsError
    # internal_verify: signatures and dates, from the top down to the leaf.
    n = len(built) - 1
    issuer = built[n]
    if _selfIssued(issuer):
        subject = issuer
    elif n == 0:
        # A lone leaf whose issuer is unknown: its signature cannot be checked.
        error = 21
        subject = issuer
        n = -1
        dated = _timeError(subject, now)
        if dated is not None:
            error = dated
    else:
        n -= 1
        subject = built[n]
    while n >= 0:
        if subject is not issuer and not _signedBy(subject, issuer):
            error = 7
        dated = _timeError(subject, now)
        if dated is not None:
            error = dated
        n -= 1
        if n >= 0:
            issuer = subject
            subject = built[n]
    if not isTrusted and error is None:  # pragma: no cover - every untrusted end sets one
        error = 20
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
