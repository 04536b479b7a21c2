"""Node's ``internal/streams/duplexpair.js``: ``stream.duplexPair(options)``.

Two connected Duplex sides: what one side writes, the other reads.
"""

from __future__ import annotations

from typing import Any

from ..process import nextTick
from .duplex import Duplex

__all__ = ['duplexPair']


class DuplexSide(Duplex):
    """One end of a ``duplexPair``."""

    def __init__(self, options: Any = None, **kwargs: Any) -> None:
        Duplex.__init__(self, options, **kwargs)
        self._nhaCallback: Any = None  # Node's this[kCallback]
        self._nhaOtherSide: Any = None  # Node's #otherSide

    def _nhaInitOtherSide(self, otherSide: Any) -> None:
        assert self._nhaOtherSide is None
        self._nhaOtherSide = otherSide

    def _read(self, size: Any = None) -> None:
        callback = self._nhaCallback
        if callback:
            self._nhaCallback = None
            callback()

    def _write(self, chunk: Any, encoding: Any, callback: Any) -> None:
        otherSide = self._nhaOtherSide
        assert otherSide is not None
        assert otherSide._nhaCallback is None
        if len(chunk) == 0:
            nextTick(callback)
        else:
            otherSide.push(chunk)
            otherSide._nhaCallback = callback

    def _final(self, callback: Any) -> None:
        self._nhaOtherSide.on('end', callback)
        self._nhaOtherSide.push(None)


def duplexPair(options: Any = None, **kwargs: Any) -> list[Any]:
    """Node's ``stream.duplexPair()``."""
    side0 = DuplexSide(options, **kwargs)
    side1 = DuplexSide(options, **kwargs)
    side0._nhaInitOtherSide(side1)
    side1._nhaInitOtherSide(side0)
    return [side0, side1]
