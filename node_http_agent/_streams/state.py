"""Node's ``internal/streams/state.js``: the high-water marks of a stream's state."""

from __future__ import annotations

import math
from typing import Any

from ..errors import ERR_INVALID_ARG_VALUE
from ..util import UNDEFINED
from ..validators import validateInteger

__all__ = ['getHighWaterMark', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark']

# Node 20's defaults: 16 KiB for bytes, 16 objects in object mode.
_defaults = {False: 16 * 1024, True: 16}


def highWaterMarkFrom(options: Any, isDuplex: bool, duplexKey: str) -> Any:
    hwm = options.get('highWaterMark')
    if hwm is not None:
        return hwm
    return options.get(duplexKey) if isDuplex else None


def getDefaultHighWaterMark(objectMode: Any = False) -> int:
    """Node's ``stream.getDefaultHighWaterMark()``."""
    return _defaults[bool(objectMode)]


def setDefaultHighWaterMark(objectMode: Any = UNDEFINED, value: Any = UNDEFINED) -> None:
    """Node's ``stream.setDefaultHighWaterMark()``."""
    validateInteger(value, 'value', 0)
    _defaults[bool(objectMode)] = int(value)


def _isInteger(value: Any) -> bool:
    # Number.isInteger: a finite number with no fraction (true/false are not numbers).
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value) and value == int(value)


def getHighWaterMark(state: Any, options: Any, duplexKey: str, isDuplex: bool) -> int:
    """The state's ``highWaterMark`` from ``options`` (a dict), or the default."""
    hwm = highWaterMarkFrom(options, isDuplex, duplexKey)
    if hwm is not None:
        if not _isInteger(hwm) or hwm < 0:
            name = f'options.{duplexKey}' if isDuplex else 'options.highWaterMark'
            raise ERR_INVALID_ARG_VALUE(name, hwm)
        return int(hwm)
    return getDefaultHighWaterMark(getattr(state, 'objectMode', False))
