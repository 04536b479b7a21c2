"""Node's ``internal/streams/passthrough.js``: a Transform that passes its input through."""

from __future__ import annotations

from typing import Any

from .transform import Transform

__all__ = ['PassThrough']


class PassThrough(Transform):
    """Node's ``stream.PassThrough``."""

    def _transform(self, chunk: Any, encoding: Any, cb: Any) -> None:
        cb(None, chunk)
