"""Every Node error this port raises or emits, built from one table.

Mirrors ``lib/internal/errors.js``: each code has one message template and one
JavaScript kind. The kinds map to Python as API.md fixes them: Node's
``TypeError`` is a :class:`TypeError` subclass, ``RangeError`` a
:class:`ValueError` subclass, a plain ``Error`` an :class:`Exception`
subclass, and a system error (``ECONNREFUSED``, ``ECONNRESET``, ...) an
:class:`OSError` subclass with Node's ``errno``/``syscall``/``address``/``port``.
``str(err)`` is Node's ``err.message``; ``err.code`` is Node's code.

Build an error as Node does: ``raise ERR_INVALID_ARG_TYPE('listener', 'Function', value)``.
"""

from __future__ import annotations

import errno as _errno
import json
import math
from collections.abc import Callable, Sequence
from inspect import isawaitable as _isawaitable
from typing import Any, ClassVar

from .util import UNDEFINED, formatS, inspect, numberToString, toNumber, toString

__all__ = [
    'NodeError', 'AbortError', 'AggregateError', 'aggregateTwoErrors', 'HTTPParserError',
    'OpenSSLError', 'SystemError', 'determineSpecificType',
    'connResetException', 'exceptionWithHostPort', 'errnoException', 'dnsException',
    'uvException', 'uvErrorFromOSError', 'NodeAggregateError',
]


# -- describing values ---------------------------------------------------------

def determineSpecificType(value: Any) -> str:
    """Node's ``determineSpecificType``: the "Received ..." part of a message."""
    if value is None:
        return 'null'
    if value is UNDEFINED:
        return 'undefined'
    if isinstance(value, (bool, int, float, str)):
        shown = inspect(value)
        if len(shown) > 28:
            shown = shown[:25] + '...'
        kind = ('boolean' if isinstance(value, bool)
                else 'string' if isinstance(value, str) else 'number')
        return f'type {kind} ({shown})'
    if callable(value) and not isinstance(value, type):
        name = getattr(value, '__name__', '')
        if name and name != '<lambda>':
            return f'function {name}'
        return 'type function ([Function (anonymous)])'
    if isinstance(value, type):
        return f'function {value.__name__}'
    return f'an instance of {_js_class_name(value)}'


def _js_class_name(value: Any) -> str:
    if isinstance(value, dict):
        return 'Object'
    if isinstance(value, (list, tuple)):
        return 'Array'
    if isinstance(value, (bytes, bytearray, memoryview)):
        return 'Buffer'
    if _isawaitable(value):
        return 'Promise'  # a coroutine, future or task is what a JS async call returns
    return type(value).__name__


# -- the error classes -----------------------------------------------------------

class NodeError(Exception):
    """Base of every error built here: carries Node's ``code`` and ``message``."""

    code: str = ''
    jsName: ClassVar[str] = 'Error'
    message: str

    def __init__(self, message: Any = '', *args: Any) -> None:
        super().__init__(message, *args)
        self.message = str(message)

    @property
    def name(self) -> str:
        return self.jsName

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        code = f' [{self.code}]' if self.code else ''
        return f'{self.jsName}{code}: {self.message}'


class NodeTypeError(NodeError, TypeError):
    jsName = 'TypeError'


class NodeRangeError(NodeError, ValueError):
    jsName = 'RangeError'


_KINDS: dict[str, type[NodeError]] = {
    'Error': NodeError, 'TypeError': NodeTypeError, 'RangeError': NodeRangeError,
}

# code -> (JavaScript kind, message template: a str.format string or a function)
MESSAGES: dict[str, tuple[str, str | Callable[..., str]]] = {}
_CLASSES: dict[str, type[NodeError]] = {}


def _E(code: str, message: str | Callable[..., str], kind: str) -> type[NodeError]:
    """Register one Node error code, as ``E()`` does in internal/errors.js."""
    MESSAGES[code] = (kind, message)
    base = _KINDS[kind]

    def __init__(self: NodeError, *args: Any) -> None:
        text = message(*args) if callable(message) else message.format(*args)
        NodeError.__init__(self, text)

    cls = type(code, (base,), {'code': code, '__init__': __init__,
                               '__module__': __name__, '__qualname__': code})
    _CLASSES[code] = cls
    return cls


_KTYPES = ('string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
           'bigint', 'symbol')


_formatS = formatS  # util.format('%s', value)


def _one_of(prefix: str, items: list[str]) -> str:
    if len(items) > 2:
        return f'{prefix}{", ".join(items[:-1])}, or {items[-1]}'
    if len(items) == 2:
        return f'{prefix}{items[0]} or {items[1]}'
    return f'{prefix}{items[0]}'


def _invalid_arg_type(name: str, expected: str | Sequence[str], actual: Any = UNDEFINED) -> str:
    expected_list = [expected] if isinstance(expected, str) else list(expected)
    if name.endswith(' argument'):
        msg = f'The {name} must be '
    else:
        msg = f'The "{name}" {"property" if "." in name else "argument"} must be '
    types: list[str] = []
    instances: list[str] = []
    other: list[str] = []
    for value in expected_list:
        if value in _KTYPES:
            types.append(value.lower())
        elif value[:1].isupper() and value.isalnum():
            instances.append(value)
        else:
            other.append(value)
    if instances and 'object' in types:
        types.remove('object')
        instances.append('Object')
    parts: list[str] = []
    if types:
        parts.append(_one_of('one of type ' if len(types) > 1 else 'of type ', types))
    if instances:
        if len(instances) > 2:
            parts.append(_one_of('an instance of ', instances))
        else:
            parts.append('an instance of ' + ' or '.join(instances))
    if other:
        if len(other) > 1:
            parts.append(_one_of('one of ', other))
        else:
            parts.append(('an ' if other[0].lower() != other[0] else '') + other[0])
    return msg + ' or '.join(parts) + f'. Received {determineSpecificType(actual)}'


def _invalid_arg_value(name: str, value: Any, reason: str = 'is invalid') -> str:
    shown = inspect(value)
    if len(shown) > 128:
        shown = shown[:128] + '...'
    kind = 'property' if '.' in name else 'argument'
    return f"The {kind} '{name}' {reason}. Received {shown}"


def _addNumericalSeparator(val: str) -> str:
    res = ''
    i = len(val)
    start = 1 if val[:1] == '-' else 0
    while i >= start + 4:
        res = f'_{val[i - 3:i]}{res}'
        i -= 3
    return f'{val[:i]}{res}'


def _out_of_range(name: str, range_: str, received: Any, replace: bool = False) -> str:
    msg = name if replace else f'The value of "{name}" is out of range.'
    if (isinstance(received, (int, float)) and not isinstance(received, bool)
            and math.isfinite(received) and received == int(received) and abs(received) > 2**32):
        shown = _addNumericalSeparator(numberToString(received))  # '1e+300' -> '1e+_300', as Node
    else:
        shown = inspect(received)
    return f'{msg} It must be {range_}. Received {shown}'


def _unhandled_error(err: Any = UNDEFINED) -> str:
    return 'Unhandled error.' if err is UNDEFINED else f'Unhandled error. ({err})'


def _invalid_char(name: str, field: str | None = None) -> str:
    return f'Invalid character in {name}' + (f' ["{field}"]' if field is not None else '')


def _socket_bad_port(name: str, port: Any, allow_zero: bool = True) -> str:
    op = '>=' if allow_zero else '>'
    return f'{name} should be {op} 0 and < 65536. Received {determineSpecificType(port)}.'


def _missing_args(*names: str | list[str]) -> str:
    quoted = [' or '.join(f'"{a}"' for a in n) if isinstance(n, list) else f'"{n}"'
              for n in names]
    if len(quoted) == 1:
        what = f'The {quoted[0]} argument'  # noqa: E501
    elif len(quoted) == 2:
        what = f'The {quoted[0]} and {quoted[1]} arguments'
    else:
        what = f'The {", ".join(quoted[:-1])}, and {quoted[-1]} arguments'
    return f'{what} must be specified'


ERR_INVALID_ARG_TYPE = _E('ERR_INVALID_ARG_TYPE', _invalid_arg_type, 'TypeError')
ERR_INVALID_ARG_VALUE = _E('ERR_INVALID_ARG_VALUE', _invalid_arg_value, 'TypeError')
ERR_INVALID_RETURN_VALUE = _E(
    'ERR_INVALID_RETURN_VALUE',
    lambda input_, name, value: (f'Expected {input_} to be returned from the "{name}" function '
                                 f'but got {determineSpecificType(value)}.'), 'TypeError')
ERR_OUT_OF_RANGE = _E('ERR_OUT_OF_RANGE', _out_of_range, 'RangeError')
ERR_MISSING_ARGS = _E('ERR_MISSING_ARGS', _missing_args, 'TypeError')
ERR_UNHANDLED_ERROR = _E('ERR_UNHANDLED_ERROR', _unhandled_error, 'Error')
ERR_INVALID_THIS = _E('ERR_INVALID_THIS', 'Value of "this" must be of type {}', 'TypeError')
ERR_INVALID_CHAR = _E('ERR_INVALID_CHAR', _invalid_char, 'TypeError')
ERR_INVALID_HTTP_TOKEN = _E('ERR_INVALID_HTTP_TOKEN', lambda name, field: (
    f'{formatS(name)} must be a valid HTTP token ["{formatS(field)}"]'), 'TypeError')
ERR_HTTP_INVALID_HEADER_VALUE = _E('ERR_HTTP_INVALID_HEADER_VALUE',
                                   'Invalid value "{}" for header "{}"', 'TypeError')
ERR_HTTP_HEADERS_SENT = _E('ERR_HTTP_HEADERS_SENT',
                           'Cannot {} headers after they are sent to the client', 'Error')
ERR_HTTP_INVALID_STATUS_CODE = _E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: {}',
                                  'RangeError')
ERR_HTTP_BODY_NOT_ALLOWED = _E(
    'ERR_HTTP_BODY_NOT_ALLOWED',
    'Adding content for this request method or response status is not allowed.', 'Error')
ERR_HTTP_CONTENT_LENGTH_MISMATCH = _E(
    'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    "Response body's content-length of {} byte(s) does not match the content-length "
    'of {} byte(s) set in header', 'Error')
ERR_HTTP_TRAILER_INVALID = _E('ERR_HTTP_TRAILER_INVALID',
                              'Trailers are invalid with this transfer encoding', 'Error')
ERR_HTTP_REQUEST_TIMEOUT = _E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', 'Error')
ERR_HTTP_SOCKET_ASSIGNED = _E('ERR_HTTP_SOCKET_ASSIGNED',
                              'ServerResponse has an already assigned socket', 'Error')
ERR_HTTP_SOCKET_ENCODING = _E(
    'ERR_HTTP_SOCKET_ENCODING',
    'Changing the socket encoding is not allowed per RFC7230 Section 3.', 'Error')
ERR_UNESCAPED_CHARACTERS = _E('ERR_UNESCAPED_CHARACTERS', '{} contains unescaped characters',
                              'TypeError')
ERR_INVALID_PROTOCOL = _E('ERR_INVALID_PROTOCOL', lambda protocol, expected: (
    f'Protocol "{formatS(protocol)}" not supported. Expected "{formatS(expected)}"'), 'TypeError')
ERR_INVALID_URL = _E('ERR_INVALID_URL', 'Invalid URL', 'TypeError')
ERR_INVALID_URL_SCHEME = _E('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme {}', 'TypeError')
ERR_INVALID_FILE_URL_HOST = _E('ERR_INVALID_FILE_URL_HOST',
                               'File URL host must be "localhost" or empty on {}', 'TypeError')
ERR_INVALID_FILE_URL_PATH = _E('ERR_INVALID_FILE_URL_PATH', 'File URL path {}', 'TypeError')
ERR_ARG_NOT_ITERABLE = _E('ERR_ARG_NOT_ITERABLE', '{} must be iterable', 'TypeError')
ERR_INVALID_TUPLE = _E('ERR_INVALID_TUPLE', '{} must be an iterable {} tuple', 'TypeError')
ERR_METHOD_NOT_IMPLEMENTED = _E('ERR_METHOD_NOT_IMPLEMENTED', 'The {} method is not implemented',
                                'Error')
ERR_STREAM_WRITE_AFTER_END = _E('ERR_STREAM_WRITE_AFTER_END', 'write after end', 'Error')
ERR_STREAM_DESTROYED = _E('ERR_STREAM_DESTROYED', 'Cannot call {} after a stream was destroyed',
                          'Error')
ERR_STREAM_ALREADY_FINISHED = _E('ERR_STREAM_ALREADY_FINISHED',
                                 'Cannot call {} after a stream was finished', 'Error')
ERR_STREAM_NULL_VALUES = _E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream',
                            'TypeError')
ERR_STREAM_PREMATURE_CLOSE = _E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', 'Error')
ERR_STREAM_PUSH_AFTER_EOF = _E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', 'Error')
ERR_STREAM_UNSHIFT_AFTER_END_EVENT = _E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
                                        'stream.unshift() after end event', 'Error')
ERR_STREAM_CANNOT_PIPE = _E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', 'Error')
ERR_MULTIPLE_CALLBACK = _E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', 'Error')
ERR_MISSING_OPTION = _E('ERR_MISSING_OPTION', '{} is required', 'TypeError')
ERR_STREAM_WRAP = _E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode',
                     'Error')
ERR_TRANSFORM_ALREADY_TRANSFORMING = _E('ERR_TRANSFORM_ALREADY_TRANSFORMING',
                                        'Calling transform done when still transforming', 'Error')
ERR_TRANSFORM_WITH_LENGTH_0 = _E('ERR_TRANSFORM_WITH_LENGTH_0',
                                 'Calling transform done when writableState.length != 0',
                                 'Error')
ERR_UNKNOWN_ENCODING = _E('ERR_UNKNOWN_ENCODING', lambda enc: f'Unknown encoding: {_formatS(enc)}',
                          'TypeError')
ERR_ILLEGAL_CONSTRUCTOR = _E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', 'TypeError')
ERR_SOCKET_BAD_PORT = _E('ERR_SOCKET_BAD_PORT', _socket_bad_port, 'RangeError')
ERR_SOCKET_CLOSED = _E('ERR_SOCKET_CLOSED', 'Socket is closed', 'Error')
ERR_SOCKET_CLOSED_BEFORE_CONNECTION = _E(
    'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established',
    'Error')
ERR_SOCKET_CONNECTION_TIMEOUT = _E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout',
                                   'Error')


def _invalid_ip(address: Any) -> str:
    # Node formats it with %s: String() of primitives and Buffers, objects inspected.
    return f'Invalid IP address: {formatS(address)}'


def _invalid_address_family(addressType: Any, host: Any, port: Any) -> str:
    # Template literals: String(value), and undefined for an absent one.
    shown = ['undefined' if v is None or v is UNDEFINED else v if isinstance(v, str)
             else inspect(v) for v in (addressType, host, port)]
    return f'Invalid address family: {shown[0]} {shown[1]}:{shown[2]}'


ERR_INVALID_IP_ADDRESS = _E('ERR_INVALID_IP_ADDRESS', _invalid_ip, 'TypeError')
ERR_INVALID_ADDRESS_FAMILY = _E('ERR_INVALID_ADDRESS_FAMILY', _invalid_address_family,
                                'RangeError')
ERR_SERVER_ALREADY_LISTEN = _E(
    'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.',
    'Error')
ERR_SERVER_NOT_RUNNING = _E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', 'Error')
ERR_TLS_CERT_ALTNAME_INVALID = _E('ERR_TLS_CERT_ALTNAME_INVALID',
                                  "Hostname/IP does not match certificate's altnames: {}", 'Error')
ERR_TLS_HANDSHAKE_TIMEOUT = _E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', 'Error')
ERR_TLS_INVALID_CONTEXT = _E('ERR_TLS_INVALID_CONTEXT', '{} must be a SecureContext', 'TypeError')
ERR_TLS_INVALID_PROTOCOL_VERSION = _E(
    'ERR_TLS_INVALID_PROTOCOL_VERSION',
    lambda v, which: f'{json.dumps(v)} is not a valid {which} TLS protocol version', 'TypeError')
ERR_TLS_PROTOCOL_VERSION_CONFLICT = _E(
    'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
    lambda v, m: f'TLS protocol version {json.dumps(v)} conflicts with secureProtocol '
                 f'{json.dumps(m)}', 'TypeError')
ERR_TLS_SNI_FROM_SERVER = _E('ERR_TLS_SNI_FROM_SERVER',
                             'Cannot issue SNI from a TLS server-side socket', 'Error')
ERR_INVALID_STATE = _E('ERR_INVALID_STATE', 'Invalid state: {}', 'Error')
ERR_NO_RUNNING_LOOP = _E(
    'ERR_NO_RUNNING_LOOP',
    '{} needs a running asyncio event loop: call it from a coroutine, a loop callback, '
    'or under node_http_agent.process.run()', 'Error')
# Not Node's: the agent extensions of docs/extensions.md (opt-in options of http.Agent).
ERR_AGENT_QUEUE_FULL = _E(
    'ERR_AGENT_QUEUE_FULL',
    'The agent already queues {} requests for "{}" (maxQueuedRequests)', 'Error')
ERR_AGENT_QUEUE_TIMEOUT = _E(
    'ERR_AGENT_QUEUE_TIMEOUT', 'The request waited {} ms for a socket (queueTimeout)', 'Error')
ERR_AGENT_CLOSED = _E('ERR_AGENT_CLOSED', 'The agent is closed', 'Error')


class AbortError(NodeError):
    """Node's ``AbortError`` (``code 'ABORT_ERR'``), with the signal's reason as ``cause``."""

    code = 'ABORT_ERR'
    jsName = 'AbortError'

    def __init__(self, message: str = 'The operation was aborted',
                 options: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        if options and 'cause' in options:
            self.cause = options['cause']
            self.__cause__ = options['cause'] if isinstance(options['cause'], BaseException) \
                else None


class AggregateError(NodeError):
    """JavaScript's ``AggregateError``: ``errors`` holds the aggregated errors."""

    jsName = 'AggregateError'

    def __init__(self, errors: Sequence[Any], message: str = '') -> None:
        super().__init__(message)
        self.errors = list(errors)


def aggregateTwoErrors(innerError: Any, outerError: Any) -> Any:
    """Node's ``aggregateTwoErrors``: both errors in one, ``outerError`` first."""
    if innerError and outerError and innerError is not outerError:
        if isinstance(getattr(outerError, 'errors', None), list):
            outerError.errors.append(innerError)
            return outerError
        err = AggregateError([outerError, innerError], str(outerError))
        err.code = getattr(outerError, 'code', None)  # type: ignore[assignment]
        return err
    return innerError or outerError


class NodeAggregateError(AggregateError):
    """Node's ``NodeAggregateError``: an ``AggregateError`` with the first error's ``code``."""

    def __init__(self, errors: list[BaseException], message: str = '') -> None:
        super().__init__(errors, message)
        self.code = getattr(self.errors[0], 'code', None) if self.errors else None  # type: ignore[assignment]


class DOMException(NodeError):
    """The ``DOMException`` an ``AbortSignal`` uses as its default reason."""

    _CODES: ClassVar[dict[str, int]] = {'AbortError': 20, 'TimeoutError': 23}

    def __init__(self, message: str = '', name: str = 'Error') -> None:
        super().__init__(message)
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    @property
    def code(self) -> int:  # type: ignore[override]
        return self._CODES.get(self._name, 0)


class HTTPParserError(NodeError):
    """llhttp's parse error: ``code 'HPE_*'``, message ``'Parse Error: <reason>'``."""

    def __init__(self, code: str, reason: str, bytesParsed: int = 0,
                 rawPacket: bytes = b'') -> None:
        super().__init__(f'Parse Error: {reason}')
        self.code = code
        self.reason = reason
        self.bytesParsed = bytesParsed
        self.rawPacket = rawPacket


# -- OpenSSL errors (Node builds these in C++: crypto_common.cc, node_errors.h) ----------

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


def sslError(exc: Any) -> OpenSSLError:
    """Node's error for a failed TLS operation: ``ERR_SSL_<REASON>``, library, reason."""
    reason = getattr(exc, 'reason', None) or 'UNKNOWN'
    text = reason.lower().replace('_', ' ')
    library = 'SSL routines' if getattr(exc, 'library', None) in ('SSL', None) else exc.library
    message = f'error:{library}:{text}'
    return OpenSSLError(message, f'ERR_SSL_{reason}', library, text)


# X509_V_ERR_* numbers -> Node's codes (crypto_common.cc X509ErrorCode) and OpenSSL's text.
X509_CODES = {
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
X509_TEXT = {  # X509_verify_cert_error_string() of OpenSSL 3
    2: 'unable to get issuer certificate', 6: 'unable to decode issuer public key',
    7: 'certificate signature failure', 9: 'certificate is not yet valid',
    10: 'certificate has expired', 18: 'self-signed certificate',
    19: 'self-signed certificate in certificate chain',
    20: 'unable to get local issuer certificate', 21: 'unable to verify the first certificate',
    22: 'certificate chain too long', 24: 'invalid CA certificate',
    25: 'path length constraint exceeded', 26: 'unsuitable certificate purpose',
}


def x509VerifyError(number: int, text: str | None = None) -> OpenSSLError:
    return OpenSSLError(X509_TEXT.get(number) or text or 'certificate verify failed',
                        X509_CODES.get(number, 'UNSPECIFIED'))


def x509CodeNumber(code: str | None) -> int:
    for number, name in X509_CODES.items():
        if name == code:
            return number
    return 0


# -- system errors ---------------------------------------------------------------

_OS_BASES: dict[str, type[OSError]] = {
    'ECONNREFUSED': ConnectionRefusedError, 'ECONNRESET': ConnectionResetError,
    'ECONNABORTED': ConnectionAbortedError, 'EPIPE': BrokenPipeError,
    'ETIMEDOUT': TimeoutError, 'ENOENT': FileNotFoundError, 'EACCES': PermissionError,
    'EPERM': PermissionError, 'EEXIST': FileExistsError, 'EISDIR': IsADirectoryError,
    'ENOTDIR': NotADirectoryError,
}
_SYSTEM_CLASSES: dict[str, type[SystemError]] = {}


class SystemError(NodeError, OSError):  # noqa: A001 - Node's name for it
    """A libuv system error: ``code``, negative ``errno`` as Node has it, ``syscall``."""

    jsName = 'Error'
    syscall: str | None
    address: str | None
    port: int | None

    def __new__(cls, *args: Any, **kwargs: Any) -> SystemError:
        return OSError.__new__(cls)

    def __init__(self, message: str, code: str, errno: int | None = None,
                 syscall: str | None = None, address: str | None = None,
                 port: int | None = None) -> None:
        NodeError.__init__(self, message)
        self.code = code
        self.errno = errno
        self.syscall = syscall
        self.address = address
        self.port = port
        self.strerror = message


def _system_class(code: str) -> type[SystemError]:
    cls: Any = _SYSTEM_CLASSES.get(code)
    if cls is None:
        bases: tuple[type, ...] = (SystemError,)
        if code in _OS_BASES:
            bases = (SystemError, _OS_BASES[code])
        cls = type(f'SystemError_{code}', bases, {'__module__': __name__})
        _SYSTEM_CLASSES[code] = cls
    return cls  # type: ignore[no-any-return]


def errnoException(err: int, syscall: str, original: str | None = None) -> SystemError:
    """Node's ``errnoException``: ``err`` is a positive OS errno."""
    code = _errno.errorcode.get(err, 'UNKNOWN')
    message = f'{syscall} {code}' + (f' {original}' if original else '')
    return _system_class(code)(message, code, -err, syscall)


def exceptionWithHostPort(err: int, syscall: str, address: str, port: int | None,
                          additional: str | None = None) -> SystemError:
    """Node's ``exceptionWithHostPort``: ``connect ECONNREFUSED 127.0.0.1:80``."""
    code = _errno.errorcode.get(err, 'UNKNOWN')
    details = f'{address}:{toString(port)}' if port and toNumber(port) > 0 else address
    if additional:
        details += f' - Local ({additional})'
    message = f'{syscall} {code} {details}'
    return _system_class(code)(message, code, -err, syscall, address, port)


def dnsException(code: str | int, syscall: str, hostname: str | None = None) -> SystemError:
    """Node's ``DNSException``: ``getaddrinfo ENOTFOUND example.invalid``.

    ``code`` is a libuv error number (``UV_EAI_*``, or ``-errno``) or a c-ares
    code string; ``UV_EAI_NODATA``/``UV_EAI_NONAME`` become ``ENOTFOUND``.
    """
    errno: int | None
    if isinstance(code, int):
        errno = code
        if code in (-3007, -3008):
            code = 'ENOTFOUND'
        else:
            code = _UV_DNS_CODES.get(code) or _errno.errorcode.get(-code, 'UNKNOWN')
    else:  # a c-ares code: errno is undefined in Node (an old caller may still pass one)
        errno = _DNS_ERRNO.get(code)
    message = f'{syscall} {code}' + (f' {hostname}' if hostname else '')
    err = _system_class(code)(message, code, errno, syscall)
    if hostname:
        err.hostname = hostname  # type: ignore[attr-defined]
    return err


_DNS_ERRNO = {'ENOTFOUND': -3008, 'EAI_AGAIN': -3001}
_UV_DNS_CODES = {-3000: 'EAI_ADDRFAMILY', -3001: 'EAI_AGAIN', -3002: 'EAI_BADFLAGS',
                 -3003: 'EAI_CANCELED', -3004: 'EAI_FAIL', -3005: 'EAI_FAMILY',
                 -3006: 'EAI_MEMORY', -3009: 'EAI_OVERFLOW', -3010: 'EAI_SERVICE',
                 -3011: 'EAI_SOCKTYPE', -3013: 'EAI_BADHINTS', -3014: 'EAI_PROTOCOL'}


def genericNodeError(message: str, properties: dict[str, Any]) -> NodeError:
    """Node's ``genericNodeError``: a plain ``Error`` carrying extra properties (``code``, ...)."""
    err = NodeError(message)
    for key, value in properties.items():
        setattr(err, key, value)
    return err


def connResetException(message: str) -> SystemError:
    """Node's ``connResetException``: an ``ECONNRESET`` with no errno (``socket hang up``)."""
    return _system_class('ECONNRESET')(message, 'ECONNRESET')


def fromOSError(exc: OSError, syscall: str, address: str | None = None,
                port: int | None = None) -> SystemError:
    """Turn a Python ``OSError`` from the loop into the error Node would give."""
    if isinstance(exc, SystemError):
        return exc
    num = exc.errno
    if num is None:
        num = _errno.ECONNRESET if isinstance(exc, ConnectionError) else _errno.EIO
    if address is not None:
        return exceptionWithHostPort(num, syscall, address, port)
    return errnoException(num, syscall)



# libuv's uv_strerror() texts for the codes file calls give (uv-common.c's UV_ERRNO_MAP).
_UV_MESSAGES = {
    'E2BIG': 'argument list too long', 'EACCES': 'permission denied',
    'EAGAIN': 'resource temporarily unavailable', 'EBADF': 'bad file descriptor',
    'EBUSY': 'resource busy or locked', 'EEXIST': 'file already exists',
    'EFBIG': 'file too large', 'EINVAL': 'invalid argument', 'EIO': 'i/o error',
    'EISDIR': 'illegal operation on a directory', 'ELOOP': 'too many symbolic links encountered',
    'EMFILE': 'too many open files', 'ENAMETOOLONG': 'name too long',
    'ENFILE': 'file table overflow', 'ENOENT': 'no such file or directory',
    'ENOSPC': 'no space left on device', 'ENOTDIR': 'not a directory',
    'ENOTEMPTY': 'directory not empty', 'EPERM': 'operation not permitted',
    'EPIPE': 'broken pipe', 'EROFS': 'read-only file system', 'ESPIPE': 'invalid seek',
    'ETXTBSY': 'text file is busy', 'EXDEV': 'cross-device link not permitted',
}


def uvException(err: int, syscall: str, path: str | None = None,
                dest: str | None = None) -> SystemError:
    """Node's ``uvException``: ``ENOENT: no such file or directory, open 'x'`` (``err`` positive)."""
    code = _errno.errorcode.get(err, 'UNKNOWN')
    desc = _UV_MESSAGES.get(code)
    if desc is None:
        import os
        text = os.strerror(err)
        desc = text[:1].lower() + text[1:]
    message = f'{code}: {desc}, {syscall}'
    if path is not None:
        message += f" '{path}'"
    if dest is not None:
        message += f" -> '{dest}'"
    error = _system_class(code)(message, code, -err, syscall)
    # Node sets path/dest only when given; here a missing one reads None (JS: undefined).
    error.path = path  # type: ignore[attr-defined]
    error.filename = path
    error.dest = dest  # type: ignore[attr-defined]
    if dest is not None:
        error.filename2 = dest
    return error


def uvErrorFromOSError(exc: OSError, syscall: str, path: str | None = None,
                       dest: str | None = None) -> SystemError:
    """The ``uvException`` a file call gives for the ``OSError`` Python's ``os`` raised."""
    if isinstance(exc, SystemError):
        return exc
    return uvException(exc.errno if exc.errno is not None else _errno.EIO, syscall, path, dest)
