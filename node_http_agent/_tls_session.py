"""TLS sessions of the port (port-only): what ``'session'``, ``getSession()`` and the
https agent's cache hold, and what ``setSession()``/``options.session`` resume.

Node hands sessions around as Buffers that OpenSSL serialized; the port hands
:class:`TLSSession` objects around. On CPython 3.10, 3.11 and 3.12.0-3.12.6 every read
of ``SSLObject.session`` leaks a copy of the session in native memory (~6.4 KB with a
2,048-bit certificate; CPython gh-116810: the getter overwrites the pointer to the copy
it made), and an https agent needs one session per new connection. There, a session is
taken from the ``SSL`` of the ``SSLObject`` through libssl itself (``SSL_get_session``
plus a reference the :class:`TLSSession` owns and frees) and resumed with
``SSL_set_session``: the same OpenSSL calls Python makes, minus the lost copy. The
``SSL`` pointer is read from the ``_ssl._SSLSocket`` at the offset CPython 3.10-3.12
keep it at, and used only if OpenSSL's app data of that ``SSL`` is that very object
(CPython stores it there); anywhere else the ``ssl.SSLSession`` that Python gives is
wrapped.
"""

from __future__ import annotations

import ctypes
import ssl
import sys
from collections.abc import Callable
from typing import Any

__all__ = ['TLSSession', 'currentSession', 'resumeArgument', 'setNativeSession']


def _loadNative() -> Any:
    """libssl through ``_ssl``'s own link, on the CPythons whose getter leaks; else None."""
    if sys.implementation.name != 'cpython' or not (
            (3, 10) <= sys.version_info[:2] <= (3, 11) or (3, 12) <= sys.version_info[:3] < (3, 12, 7)):
        return None
    try:
        import _ssl
        lib = ctypes.CDLL(_ssl.__file__)
        voidp, uint = ctypes.c_void_p, ctypes.c_uint
        for name, restype, argtypes in (
                ('SSL_get_ex_data', voidp, [voidp, ctypes.c_int]),
                ('SSL_get_session', voidp, [voidp]),
                ('SSL_set_session', ctypes.c_int, [voidp, voidp]),
                ('SSL_SESSION_up_ref', ctypes.c_int, [voidp]),
                ('SSL_SESSION_free', None, [voidp]),
                ('SSL_SESSION_get_id', voidp, [voidp, ctypes.POINTER(uint)]),
                ('SSL_SESSION_has_ticket', ctypes.c_int, [voidp]),
                ('SSL_SESSION_get_time', ctypes.c_long, [voidp]),
                ('SSL_SESSION_get_timeout', ctypes.c_long, [voidp]),
                ('SSL_SESSION_get_ticket_lifetime_hint', ctypes.c_ulong, [voidp])):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = restype, argtypes
    except (ImportError, OSError, AttributeError):
        return None
    return lib


_lib = _loadNative()
# PySSLSocket: PyObject_HEAD, then ``PyObject *Socket``, then ``SSL *ssl`` (CPython 3.10-3.12).
_SSL_OFFSET = object.__basicsize__ + ctypes.sizeof(ctypes.c_void_p)


def _sslPointer(sslobj: ssl.SSLObject) -> int | None:
    """The ``SSL *`` under ``sslobj``, when it can be vouched for (see the module doc)."""
    if _lib is None:
        return None
    inner = getattr(sslobj, '_sslobj', None)
    if inner is None:
        return None
    pointer = ctypes.c_void_p.from_address(id(inner) + _SSL_OFFSET).value
    if not pointer or _lib.SSL_get_ex_data(pointer, 0) != id(inner):
        return None
    return int(pointer)


def _attribute(name: str, getter: str, convert: Callable[[Any], Any]) -> Any:
    """A read-only attribute of ``ssl.SSLSession``: from Python's session, or libssl's getter."""
    def get(self: TLSSession) -> Any:
        if self._py is not None:
            return getattr(self._py, name)
        return convert(getattr(_lib, getter)(self._native))
    return property(get, doc=f'``ssl.SSLSession.{name}``')


class TLSSession:
    """A resumable TLS session (Node: a Buffer); the attributes of ``ssl.SSLSession``."""

    __slots__ = ('_native', '_py', '_context', '__weakref__')

    def __init__(self, native: int | None, py: ssl.SSLSession | None, context: ssl.SSLContext) -> None:
        self._native = native           # an SSL_SESSION * this object holds one reference to
        self._py = py
        self._context = context         # sessions resume only with the context that made them

    def __del__(self) -> None:
        native, self._native = self._native, None
        if native and _lib is not None:
            _lib.SSL_SESSION_free(native)

    @property
    def id(self) -> bytes:
        if self._py is not None:
            return self._py.id
        length = ctypes.c_uint()
        data = _lib.SSL_SESSION_get_id(self._native, ctypes.byref(length))
        return ctypes.string_at(data, length.value) if data else b''

    has_ticket = _attribute('has_ticket', 'SSL_SESSION_has_ticket', bool)
    time = _attribute('time', 'SSL_SESSION_get_time', int)
    timeout = _attribute('timeout', 'SSL_SESSION_get_timeout', int)
    ticket_lifetime_hint = _attribute('ticket_lifetime_hint', 'SSL_SESSION_get_ticket_lifetime_hint', int)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (TLSSession, ssl.SSLSession)):
            return self.id == other.id
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.id)

    def __repr__(self) -> str:
        return f'<TLSSession id={self.id.hex()}>'


def currentSession(sslobj: ssl.SSLObject) -> TLSSession | None:
    """The session ``sslobj`` is on now (``SSLObject.session``, without the leak)."""
    pointer = _sslPointer(sslobj)
    if pointer is None:
        py = sslobj.session
        return None if py is None else TLSSession(None, py, sslobj.context)
    native = _lib.SSL_get_session(pointer)
    if not native:
        return None
    _lib.SSL_SESSION_up_ref(native)
    return TLSSession(native, None, sslobj.context)


def resumeArgument(session: Any) -> tuple[Any, TLSSession | None]:
    """Split ``session`` into what ``wrap_bio(session=)`` takes and a native session to set
    with :func:`setNativeSession` once the ``SSLObject`` exists."""
    if isinstance(session, TLSSession):
        return (session._py, None) if session._py is not None else (None, session)
    return session, None


def setNativeSession(sslobj: ssl.SSLObject, session: TLSSession) -> None:
    """``SSL_set_session`` before the handshake; a session of another context is not
    resumed (Python's own setter refuses it: its verdict would skip this context's checks)."""
    if session._context is not sslobj.context:
        return
    pointer = _sslPointer(sslobj)
    if pointer is not None and session._native:
        _lib.SSL_set_session(pointer, session._native)
