"""``node:dns``: ``lookup`` (getaddrinfo off the loop thread) and ``dns.promises.lookup``.

Only the part of Node's ``dns`` that ``net`` and the agents stand on:
``lookup(hostname[, options], callback)`` with Node's options and errors,
``promises.lookup``, the default result order and the ``getaddrinfo`` flags.
The resolver runs in the loop's executor (uvloop: libuv's thread pool), as
Node's runs in libuv's; a pending lookup keeps ``process.run`` alive.
"""

from __future__ import annotations

import asyncio
import encodings.idna  # noqa: F401 - eager: a first import at the fd limit (EMFILE) fails
import errno as _errno
import socket as _socket
import sys
import types
from collections.abc import Callable
from typing import Any

from .errors import ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, dnsException
from .process import lifetime, nextTick
from .util import UNDEFINED, toString, truthy
from .validators import (
    isNumber,
    validateBoolean,
    validateFunction,
    validateNumber,
    validateOneOf,
    validateString,
)

__all__ = ['lookup', 'promises', 'getDefaultResultOrder', 'setDefaultResultOrder',
           'ADDRCONFIG', 'V4MAPPED', 'ALL', 'NOTFOUND']

# uv_getaddrinfo flags (libuv passes them to getaddrinfo(3) unchanged).
ADDRCONFIG: int = int(getattr(_socket, 'AI_ADDRCONFIG', 0x20))
V4MAPPED: int = int(getattr(_socket, 'AI_V4MAPPED', 0x08))
ALL: int = int(getattr(_socket, 'AI_ALL', 0x10))

# Error codes (the c-ares ones Node exports).
NODATA = 'ENODATA'
FORMERR = 'EFORMERR'
SERVFAIL = 'ESERVFAIL'
NOTFOUND = 'ENOTFOUND'
NOTIMP = 'ENOTIMP'
REFUSED = 'EREFUSED'
BADQUERY = 'EBADQUERY'
BADNAME = 'EBADNAME'
BADFAMILY = 'EBADFAMILY'
BADRESP = 'EBADRESP'
CONNREFUSED = 'ECONNREFUSED'
TIMEOUT = 'ETIMEOUT'
EOF = 'EOF'
FILE = 'EFILE'
NOMEM = 'ENOMEM'
DESTRUCTION = 'EDESTRUCTION'
BADSTR = 'EBADSTR'
BADFLAGS = 'EBADFLAGS'
NONAME = 'ENONAME'
BADHINTS = 'EBADHINTS'
NOTINITIALIZED = 'ENOTINITIALIZED'
LOADIPHLPAPI = 'ELOADIPHLPAPI'
ADDRGETNETWORKPARAMS = 'EADDRGETNETWORKPARAMS'
CANCELLED = 'ECANCELLED'

validFamilies = (0, 4, 6)
validDnsOrders = ('verbatim', 'ipv4first', 'ipv6first')
_dnsOrder = 'verbatim'  # Node 20's default (--dns-result-order)
_invalidHostnameWarningEmitted = False

# getaddrinfo(3)'s EAI_* codes as libuv reports them (UV_EAI_*).
_UV_EAI = {name: uv for name, uv in (
    ('EAI_ADDRFAMILY', -3000), ('EAI_AGAIN', -3001), ('EAI_BADFLAGS', -3002),
    ('EAI_FAIL', -3004), ('EAI_FAMILY', -3005), ('EAI_MEMORY', -3006),
    ('EAI_NODATA', -3007), ('EAI_NONAME', -3008), ('EAI_OVERFLOW', -3009),
    ('EAI_SERVICE', -3010), ('EAI_SOCKTYPE', -3011))}
_GAI_TO_UV = {getattr(_socket, name): uv for name, uv in _UV_EAI.items()
              if hasattr(_socket, name)}


def isIP(value: Any) -> int:
    """4 or 6 for an IP address literal, else 0 (``net.isIP``)."""
    if not isinstance(value, str) or not value:
        return 0
    try:
        _socket.inet_pton(_socket.AF_INET, value)
        return 4
    except OSError:
        pass
    if ':' not in value:
        return 0
    try:
        _socket.inet_pton(_socket.AF_INET6, value.split('%', 1)[0])
        return 6
    except OSError:
        return 0


def getDefaultResultOrder() -> str:
    """Node's ``dns.getDefaultResultOrder()``."""
    return _dnsOrder


def setDefaultResultOrder(value: Any) -> None:
    """Node's ``dns.setDefaultResultOrder()``."""
    global _dnsOrder
    validateOneOf(value, 'dnsOrder', validDnsOrders)
    _dnsOrder = value


def _validateHints(hints: int) -> None:
    if hints & ~(ADDRCONFIG | ALL | V4MAPPED):
        raise ERR_INVALID_ARG_VALUE('hints', hints)


def _uint32(value: float) -> int:
    """JavaScript's ``value >>> 0``."""
    if isinstance(value, float) and (value != value or value in (float('inf'), -float('inf'))):
        return 0
    return int(value) & 0xFFFFFFFF


def _emitInvalidHostnameWarning(hostname: Any) -> None:
    global _invalidHostnameWarningEmitted
    if not _invalidHostnameWarningEmitted:
        from .process import emitWarning
        shown = '' if hostname is None else toString(hostname)  # the template string's String()
        emitWarning(f'The provided hostname "{shown}" is not a valid hostname, and is '
                    'supported in the dns module solely for compatibility.', 'DeprecationWarning',
                    'DEP0118')
        _invalidHostnameWarningEmitted = True


def _parseOptions(options: Any, allowFamilyNames: bool) -> tuple[int, int, bool, str]:
    """The options part of Node's ``lookup``: ``(family, hints, all, order)``."""
    hints = 0
    family = 0
    all_ = False
    order = _dnsOrder
    if options is None or options is UNDEFINED:
        return family, hints, all_, order
    get = options.get
    if get('hints') is not None:
        validateNumber(options['hints'], 'options.hints')
        hints = _uint32(options['hints'])
        _validateHints(hints)
    fam = get('family')
    if fam is not None:
        if allowFamilyNames and fam == 'IPv4':
            family = 4
        elif allowFamilyNames and fam == 'IPv6':
            family = 6
        else:
            validateOneOf(fam, 'options.family', validFamilies)
            family = fam
    if get('all') is not None:
        validateBoolean(options['all'], 'options.all')
        all_ = options['all']
    if get('verbatim') is not None:
        validateBoolean(options['verbatim'], 'options.verbatim')
        order = 'verbatim' if options['verbatim'] else 'ipv4first'
    if get('order') is not None:
        validateOneOf(options['order'], 'options.order', validDnsOrders)
        order = options['order']
    return family, hints, all_, order


class GetAddrInfoReqWrap:
    """The request ``lookup`` returns while the resolver works."""

    def __init__(self, callback: Any, family: int, hostname: str,
                 oncomplete: Callable[..., Any]) -> None:
        self.callback = callback
        self.family = family
        self.hostname = hostname
        self.oncomplete = oncomplete


def _onlookup(req: GetAddrInfoReqWrap, err: Any, addresses: list[str]) -> None:
    if err is not None:
        req.callback(dnsException(err, 'getaddrinfo', req.hostname))
        return
    req.callback(None, addresses[0], req.family or isIP(addresses[0]))


def _onlookupall(req: GetAddrInfoReqWrap, err: Any, addresses: list[str]) -> None:
    if err is not None:
        req.callback(dnsException(err, 'getaddrinfo', req.hostname))
        return
    family = req.family
    req.callback(None, [{'address': a, 'family': family or isIP(a)} for a in addresses])


def _encodeHost(hostname: str) -> bytes:
    # Python's idna codec refuses what getaddrinfo(3) takes (labels > 63, '_'):
    # hand the resolver bytes, as libuv does.
    try:
        return hostname.encode('idna')
    except UnicodeError:
        return hostname.encode('utf-8', 'surrogateescape')


def _getaddrinfo(hostname: str, family: int, hints: int, order: str,
                 oncomplete: Callable[[Any, list[str]], None]) -> None:
    """Resolve off the loop thread; ``oncomplete(err, addresses)`` from the loop.

    ``err`` is a libuv error number (``UV_EAI_*`` or ``-errno``), as Node's
    ``GetAddrInfoReqWrap`` gets it.
    """
    life = lifetime()
    loop = life.loop
    af = _socket.AF_INET if family == 4 else _socket.AF_INET6 if family == 6 else _socket.AF_UNSPEC
    host = _encodeHost(hostname)
    life.ref()  # an active request keeps the loop alive

    async def resolve() -> Any:
        try:
            infos = await loop.getaddrinfo(host, None, family=af, type=_socket.SOCK_STREAM,
                                           flags=hints)
        except _socket.gaierror as exc:
            code = exc.errno
            return _GAI_TO_UV.get(code, code if isinstance(code, int) and code < 0 else -3008)
        except OSError as exc:  # EAI_SYSTEM: the errno
            return -(exc.errno or _errno.EIO)
        except UnicodeError:
            return _UV_EAI['EAI_NONAME']
        seen = [str(info[4][0]) for info in infos
                if info[0] in (_socket.AF_INET, _socket.AF_INET6)]
        if order == 'ipv4first':
            seen.sort(key=lambda a: ':' in a)
        elif order == 'ipv6first':
            seen.sort(key=lambda a: ':' not in a)
        return seen

    def done(task: asyncio.Task[Any]) -> None:
        life.unref()
        if task.cancelled():
            return
        result = task.result()
        if isinstance(result, int):
            oncomplete(result, [])
        elif not result:
            oncomplete(_UV_EAI['EAI_NODATA'], [])
        else:
            oncomplete(None, result)

    life.spawn(resolve(), done)  # done runs under runCallback


def lookup(hostname: Any, options: Any = UNDEFINED, callback: Any = UNDEFINED) -> Any:
    """``dns.lookup(hostname[, options], callback)``: ``callback(err, address, family)``.

    With ``options['all']``: ``callback(err, [{'address', 'family'}, ...])``.
    """
    if truthy(hostname):
        validateString(hostname, 'hostname')
    if callable(options) and not isinstance(options, dict):
        callback = options
        family, hints, all_, order = 0, 0, False, _dnsOrder
    elif isNumber(options):
        validateFunction(callback, 'callback')
        validateOneOf(options, 'family', validFamilies)
        family, hints, all_, order = options, 0, False, _dnsOrder
    elif options is not UNDEFINED and options is not None and not isinstance(options, dict):
        validateFunction(options if callback is UNDEFINED else callback, 'callback')
        raise ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options)
    else:
        validateFunction(callback, 'callback')
        family, hints, all_, order = _parseOptions(options, True)

    if not hostname:
        _emitInvalidHostnameWarning(hostname)
        if all_:
            nextTick(callback, None, [])
        else:
            nextTick(callback, None, None, 6 if family == 6 else 4)
        return {}

    matchedFamily = isIP(hostname)
    if matchedFamily:
        if all_:
            nextTick(callback, None, [{'address': hostname, 'family': matchedFamily}])
        else:
            nextTick(callback, None, hostname, matchedFamily)
        return {}

    req = GetAddrInfoReqWrap(callback, family, hostname, _onlookupall if all_ else _onlookup)
    _getaddrinfo(hostname, family, hints, order,
                 lambda err, addresses: req.oncomplete(req, err, addresses))
    return req


# -- dns.promises ------------------------------------------------------------------

def _promiseLookup(hostname: Any, options: Any = None) -> asyncio.Future[Any]:
    """``dns.promises.lookup(hostname[, options])``: a future of ``{'address', 'family'}``.

    Validation and the start of the resolution happen at the call, as in Node
    (a ``Promise`` executor runs synchronously); await the returned future.
    """
    if truthy(hostname):
        validateString(hostname, 'hostname')
    if isNumber(options):
        validateOneOf(options, 'family', validFamilies)
        family, hints, all_, order = options, 0, False, _dnsOrder
    elif options is not None and options is not UNDEFINED and not isinstance(options, dict):
        raise ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options)
    else:
        family, hints, all_, order = _parseOptions(options, False)

    future: asyncio.Future[Any] = lifetime().loop.create_future()
    if not hostname:
        _emitInvalidHostnameWarning(hostname)
        future.set_result([] if all_ else {'address': None, 'family': 6 if family == 6 else 4})
        return future
    matchedFamily = isIP(hostname)
    if matchedFamily:
        result = {'address': hostname, 'family': matchedFamily}
        future.set_result([result] if all_ else result)
        return future

    def oncomplete(err: Any, addresses: list[str]) -> None:
        if future.done():
            return
        if err is not None:
            future.set_exception(dnsException(err, 'getaddrinfo', hostname))
        elif all_:
            future.set_result([{'address': a, 'family': family or isIP(a)} for a in addresses])
        else:
            future.set_result({'address': addresses[0], 'family': family or isIP(addresses[0])})

    _getaddrinfo(hostname, family, hints, order, oncomplete)
    return future


promises = types.ModuleType(f'{__name__}.promises', 'node:dns/promises (the lookup part)')
promises.lookup = _promiseLookup  # type: ignore[attr-defined]
promises.getDefaultResultOrder = getDefaultResultOrder  # type: ignore[attr-defined]
promises.setDefaultResultOrder = setDefaultResultOrder  # type: ignore[attr-defined]
promises.ADDRCONFIG = ADDRCONFIG  # type: ignore[attr-defined]
promises.V4MAPPED = V4MAPPED  # type: ignore[attr-defined]
promises.ALL = ALL  # type: ignore[attr-defined]
sys.modules[promises.__name__] = promises
