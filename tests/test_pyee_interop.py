"""pyee interop: ``pyee.uplift`` and forwarding work with our EventEmitter, both ways."""

import asyncio

import pyee
from pyee.asyncio import AsyncIOEventEmitter
from pyee.uplift import unwrap, uplift

from node_http_agent import process
from node_http_agent.events import EventEmitter, errorMonitor


def test_uplift_our_emitter_over_a_pyee_emitter():
    underlying = pyee.EventEmitter()
    seen = []
    underlying.on('data', lambda x: seen.append(('pyee', x)))
    ours = uplift(EventEmitter, underlying)
    ours.on('data', lambda x: seen.append(('ours', x)))
    ours.on('data', lambda x: seen.append(('ours-again', x)))  # duplicates are Node's
    assert ours.emit('data', 1) is True
    assert underlying.emit('data', 2) is True
    assert seen == [('ours', 1), ('ours-again', 1), ('pyee', 1),
                    ('pyee', 2), ('ours', 2), ('ours-again', 2)]
    unwrap(ours)
    seen.clear()
    ours.emit('data', 3)
    assert seen == [('ours', 3), ('ours-again', 3)]


def test_uplift_a_pyee_asyncio_emitter_over_ours():
    async def main():
        ours = EventEmitter()
        got = []
        ours.on('ping', lambda x: got.append(('ours', x)))
        lifted = uplift(AsyncIOEventEmitter, ours)

        @lifted.on('ping')
        async def handler(x):
            await asyncio.sleep(0)
            got.append(('pyee-async', x))

        assert ours.emit('ping', 'a') is True
        await asyncio.sleep(0.01)
        return got

    assert process.run(main) == [('ours', 'a'), ('pyee-async', 'a')]


def test_unhandled_error_through_uplift_raises_nodes_error():
    underlying = pyee.EventEmitter()
    ours = uplift(EventEmitter, underlying)
    try:
        ours.emit('error', 'plain string')
    except Exception as err:  # noqa: BLE001
        assert err.code == 'ERR_UNHANDLED_ERROR'
        assert str(err) == "Unhandled error. ('plain string')"
        assert err.context == 'plain string'
    else:
        raise AssertionError('expected ERR_UNHANDLED_ERROR')
    boom = ValueError('boom')
    try:
        underlying.emit('error', boom)
    except ValueError as err:
        assert err is boom


def test_error_monitor_runs_through_uplift():
    underlying = pyee.EventEmitter()
    ours = uplift(EventEmitter, underlying)
    seen = []
    ours.on(errorMonitor, lambda e: seen.append(('monitor', e)))
    ours.on('error', lambda e: seen.append(('handler', e)))
    underlying.emit('error', 'x')
    assert seen == [('monitor', 'x'), ('handler', 'x')]


def test_forwarding_by_hand_both_directions():
    ours = EventEmitter()
    theirs = pyee.EventEmitter()
    got = []
    ours.on('a', lambda *args: theirs.emit('a', *args))
    theirs.on('a', lambda *args: got.append(('theirs', args)))
    theirs.on('b', lambda *args: ours.emit('b', *args))
    ours.on('b', lambda *args: got.append(('ours', args)))
    ours.emit('a', 1, 2)
    theirs.emit('b', 3)
    assert got == [('theirs', (1, 2)), ('ours', (3,))]
