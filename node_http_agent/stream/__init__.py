"""Node's ``lib/stream.js``: the ``node:stream`` module.

``Stream`` is the legacy base class and carries the module's names as class
attributes (``Stream.Readable``, ``Stream.pipeline``, ...) as Node's module
function does; they read on the class only, never through an instance, so a
stream never answers ``.destroy``/``.finished`` from them. The same names are
module attributes. ``promises`` is :mod:`node_http_agent.stream.promises`.
Not ported: the web-stream adapters (``fromWeb``/``toWeb``).
"""

from __future__ import annotations

from typing import Any

from .._streams.add_abort_signal import addAbortSignal
from .._streams.compose import compose
from .._streams.destroy import destroyer as destroy
from .._streams.duplex import Duplex
from .._streams.duplexpair import duplexPair
from .._streams.end_of_stream import eos as finished
from .._streams.legacy import Stream
from .._streams.passthrough import PassThrough
from .._streams.pipeline import pipeline
from .._streams.readable import Readable
from .._streams.state import getDefaultHighWaterMark, setDefaultHighWaterMark
from .._streams.transform import Transform
from .._streams.utils import isDestroyed, isDisturbed, isErrored, isReadable, isWritable
from .._streams.writable import Writable
from . import promises

__all__ = [
    'Stream', 'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair',
    'pipeline', 'compose',
    'finished', 'addAbortSignal', 'destroy', 'isDestroyed', 'isDisturbed', 'isErrored',
    'isReadable', 'isWritable', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark',
    'promises', '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer',
]


def _isArrayBufferView(value: Any) -> bool:
    """Node's ``stream._isArrayBufferView()``."""
    return isinstance(value, (bytes, bytearray, memoryview))


def _isUint8Array(value: Any) -> bool:
    """Node's ``stream._isUint8Array()``."""
    return isinstance(value, (bytes, bytearray)) or (
        isinstance(value, memoryview) and value.format == 'B')


def _uint8ArrayToBuffer(chunk: Any) -> bytes:
    """Node's ``stream._uint8ArrayToBuffer()``."""
    return bytes(chunk)


class _OnClass:
    """A class attribute that an instance does not see (a property of Node's
    ``Stream`` function, not of ``Stream.prototype``)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is not None:
            raise AttributeError(self.name)
        return self.value


_STATICS = {
    'isDestroyed': isDestroyed, 'isDisturbed': isDisturbed, 'isErrored': isErrored,
    'isReadable': isReadable, 'isWritable': isWritable, 'Readable': Readable,
    'Writable': Writable, 'Duplex': Duplex, 'Transform': Transform, 'PassThrough': PassThrough,
    'duplexPair': duplexPair, 'compose': compose, 'pipeline': pipeline,
    'addAbortSignal': addAbortSignal, 'finished': finished,
    'destroy': destroy, 'setDefaultHighWaterMark': setDefaultHighWaterMark,
    'getDefaultHighWaterMark': getDefaultHighWaterMark, 'promises': promises, 'Stream': Stream,
    '_isArrayBufferView': _isArrayBufferView, '_isUint8Array': _isUint8Array,
    '_uint8ArrayToBuffer': _uint8ArrayToBuffer,
}
for _name, _value in _STATICS.items():
    if _name not in Stream.__dict__:
        _descriptor = _OnClass(_value)
        _descriptor.name = _name
        setattr(Stream, _name, _descriptor)
