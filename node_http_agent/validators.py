"""Node's ``internal/validators.js``: argument checks that raise Node's errors.

Each validator takes the value and the name Node's message uses, and raises
exactly what Node raises. Python's ``bool`` is not a number here (``typeof
true === 'boolean'``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from .errors import (
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
)
from .util import UNDEFINED

__all__ = [
    'isNumber', 'validateFunction', 'validateNumber', 'validateInteger', 'validateInt32', 'validateOneOf',
    'validateString', 'validateBoolean', 'validateObject', 'validateAbortSignal', 'validatePort',
    'jsNumber',
]

MAX_SAFE_INTEGER = 2**53 - 1


def isNumber(value: Any) -> bool:
    """``typeof value === 'number'`` for the Python value a port passes."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validateFunction(value: Any, name: str) -> None:
    if not callable(value):
        raise ERR_INVALID_ARG_TYPE(name, 'Function', value)


def validateString(value: Any, name: str) -> None:
    if not isinstance(value, str):
        raise ERR_INVALID_ARG_TYPE(name, 'string', value)


def validateBoolean(value: Any, name: str) -> None:
    if not isinstance(value, bool):
        raise ERR_INVALID_ARG_TYPE(name, 'boolean', value)


def validateNumber(value: Any, name: str, min: float | None = None,
                   max: float | None = None) -> None:
    if not isNumber(value):
        raise ERR_INVALID_ARG_TYPE(name, 'number', value)
    if ((min is not None and value < min) or (max is not None and value > max)
            or ((min is not None or max is not None) and math.isnan(value))):
        low = f'>= {min}' if min is not None else ''
        join = ' && ' if min is not None and max is not None else ''
        high = f'<= {max}' if max is not None else ''
        raise ERR_OUT_OF_RANGE(name, f'{low}{join}{high}', value)


def validateInteger(value: Any, name: str, min: int = -MAX_SAFE_INTEGER,
                    max: int = MAX_SAFE_INTEGER) -> None:
    if not isNumber(value):
        raise ERR_INVALID_ARG_TYPE(name, 'number', value)
    if not (isinstance(value, int) or (math.isfinite(value) and value == int(value))):
        raise ERR_OUT_OF_RANGE(name, 'an integer', value)
    if value < min or value > max:
        raise ERR_OUT_OF_RANGE(name, f'>= {min} && <= {max}', value)


def validateInt32(value: Any, name: str, min: int = -2147483648, max: int = 2147483647) -> None:
    if not isNumber(value):
        raise ERR_INVALID_ARG_TYPE(name, 'number', value)
    if not (isinstance(value, int) or (math.isfinite(value) and value == int(value))):
        raise ERR_OUT_OF_RANGE(name, 'an integer', value)
    if value < min or value > max:
        raise ERR_OUT_OF_RANGE(name, f'>= {min} && <= {max}', value)


def validateOneOf(value: Any, name: str, oneOf: Sequence[Any]) -> None:
    if not any(type(value) is type(v) and value == v for v in oneOf):
        allowed = ', '.join(f"'{v}'" if isinstance(v, str) else str(v) for v in oneOf)
        raise ERR_INVALID_ARG_VALUE(name, value, f'must be one of: {allowed}')


def validateObject(value: Any, name: str, allowArray: bool = False,
                   allowNullable: bool = False, allowFunction: bool = False) -> None:
    if value is None or value is UNDEFINED:
        if allowNullable and value is None:
            return
        raise ERR_INVALID_ARG_TYPE(name, 'Object', value)
    if isinstance(value, (list, tuple)) and not allowArray:
        raise ERR_INVALID_ARG_TYPE(name, 'Object', value)
    if isinstance(value, (str, int, float, bool, bytes)):
        raise ERR_INVALID_ARG_TYPE(name, 'Object', value)
    if callable(value) and not allowFunction and not isinstance(value, dict):
        raise ERR_INVALID_ARG_TYPE(name, 'Object', value)


TIMEOUT_MAX = 2**31 - 1


def getTimerDuration(msecs: Any, name: str) -> float:
    """Node's ``getTimerDuration`` (internal/timers): a non-negative finite number."""
    validateNumber(msecs, name)
    if msecs < 0 or not math.isfinite(msecs):
        raise ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs)
    return min(msecs, TIMEOUT_MAX)  # type: ignore[no-any-return]


def validateAbortSignal(signal: Any, name: str) -> None:
    if signal is not None and not hasattr(signal, 'aborted'):
        raise ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal)


def jsNumber(value: Any) -> float | None:
    """JavaScript's ``Number(value)`` for a number or a string (``None`` for NaN or another type)."""
    if isNumber(value):
        return None if value != value else float(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return 0.0
    if _JS_DECIMAL.fullmatch(text):
        return float(text)
    if _JS_RADIX.fullmatch(text):
        return float(int(text, 0))
    return None


_JS_DECIMAL = re.compile(r'[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)')
_JS_RADIX = re.compile(r'0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+')


def validatePort(port: Any, name: str = 'Port', allowZero: bool = True) -> int:
    """Node's ``validatePort``: a number or numeric string that is an integer in [0, 65536)."""
    number = jsNumber(port) if isNumber(port) or isinstance(port, str) else None
    if (number is None or (isinstance(port, str) and not port.strip())
            or not math.isfinite(number) or number != int(number) or not 0 <= number <= 0xFFFF
            or (number == 0 and not allowZero)):
        raise ERR_SOCKET_BAD_PORT(name, port, allowZero)
    return int(number)


# Node's linkValueRegExp; JS's `(")?...\1` (an unset group matches empty) spelled out.
_LINK_VALUE = re.compile(r'^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(?:"[^;"\s]*"|[^;"\s]*))?)*$')
_LINK_FORMAT = 'must be an array or string of format "</styles.css>; rel=preload; as=style"'


def validateLinkHeaderFormat(value: Any, name: str) -> None:
    if value is None or value is UNDEFINED or not _LINK_VALUE.search(
            value if isinstance(value, str) else str(value)):
        raise ERR_INVALID_ARG_VALUE(name, value, _LINK_FORMAT)


def validateLinkHeaderValue(hints: Any) -> str:
    """Node's ``validateLinkHeaderValue``: a Link string, or a list of them joined by ', '."""
    if isinstance(hints, str):
        validateLinkHeaderFormat(hints, 'hints')
        return hints
    if isinstance(hints, list):
        for link in hints:
            validateLinkHeaderFormat(link, 'hints')
        return ', '.join(map(str, hints))
    raise ERR_INVALID_ARG_VALUE('hints', hints, _LINK_FORMAT)
