"""Trace printing shared by the Python sides of cases (twin of ``trace.js``).

``log(*values)`` prints one line: strings as they are, everything else as
compact JSON, the way ``trace.js`` prints it with ``JSON.stringify``.  Floats
that hold an integer print as integers (JS has one number type) and ``None``
prints ``null`` (it stands for both ``null`` and ``undefined``).
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["fmt", "log"]


def _jsonable(value: Any) -> Any:
    """Map a value to what ``JSON.stringify`` would see for its JS twin."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def fmt(value: Any) -> str:
    """Format one value as ``trace.js``'s ``fmt`` does."""
    if isinstance(value, str):
        return value
    return json.dumps(_jsonable(value), separators=(",", ":"), ensure_ascii=False)


def log(*values: Any) -> None:
    """Print one trace line made of ``values`` joined by spaces."""
    print(" ".join(fmt(v) for v in values), flush=True)
