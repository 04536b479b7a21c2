"""Node's ``lib/stream/promises.js``: ``pipeline`` and ``finished`` as awaitables.

Both do their synchronous part when called and return an asyncio future
(API.md: awaitable forms), so ``p = pipeline(a, b); ...; await p`` works as in
Node. Errors Node's Promise executor would catch reject the future.
"""

from __future__ import annotations

import asyncio
from typing import Any

from .._streams.end_of_stream import _asException, _loop, finished
from .._streams.pipeline import pipelineImpl as pl
from .._streams.utils import isIterable, isNodeStream, isWebStream

__all__ = ['finished', 'pipeline']


def pipeline(*streams: Any) -> asyncio.Future[Any]:
    """``await stream.promises.pipeline(...streams[, options])``: the last stage's value."""
    future: asyncio.Future[Any] = _loop('stream.promises.pipeline()').create_future()
    streamList = list(streams)
    signal = None
    end = None
    lastArg = streamList[-1] if streamList else None
    if (isinstance(lastArg, dict) and not isNodeStream(lastArg) and not isIterable(lastArg)
            and not isWebStream(lastArg)):
        options = streamList.pop()
        signal = options.get('signal')
        end = options.get('end')

    def callback(err: Any = None, value: Any = None) -> None:
        if future.done():
            return
        if err:
            future.set_exception(_asException(err))
        else:
            future.set_result(value)

    try:
        pl(streamList, callback, {'signal': signal, 'end': end})
    except Exception as err:  # noqa: BLE001 - the Promise executor's throw rejects
        future.set_exception(err)
    return future
