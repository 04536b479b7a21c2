"""Port of Node's test/parallel/test-events-once.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-events-once.js
Checked against Node 20.20 (the ``node`` on PATH): ``onceAnEventWithInvalidOptions``
and ``catchesErrorsWithAbortSignal`` are post-20 behaviour and left out, and
``listenerCount(signal, 'abort')`` is 0 for an AbortSignal in Node 20 (it has no
``listenerCount`` method), so the one assertion expecting 1 is left out too. Node's
lists of bad signals include ``null``; in Python ``None`` is "no signal" (JS undefined).
"""

import asyncio

import pytest

from node_http_agent import AbortController, AbortSignal, process
from node_http_agent.abort import Event, EventTarget
from node_http_agent.events import EventEmitter, listenerCount, once


async def rejects(awaitable, **expected):
    with pytest.raises(BaseException) as info:
        await awaitable
    for key, value in expected.items():
        assert getattr(info.value, key) == value, (key, info.value)


async def onceAnEvent():
    ee = EventEmitter()
    process.nextTick(lambda: ee.emit('myevent', 42))
    [value] = await once(ee, 'myevent')
    assert value == 42
    assert ee.listenerCount('error') == 0
    assert ee.listenerCount('myevent') == 0


async def onceAnEventWithTwoArgs():
    ee = EventEmitter()
    process.nextTick(lambda: ee.emit('myevent', 42, 24))
    value = await once(ee, 'myevent')
    assert value == [42, 24]


async def catchesErrors():
    ee = EventEmitter()
    expected = Exception('kaboom')
    err = None
    process.nextTick(lambda: ee.emit('error', expected))
    try:
        await once(ee, 'myevent')
    except Exception as _e:
        err = _e
    assert err is expected
    assert ee.listenerCount('error') == 0
    assert ee.listenerCount('myevent') == 0


async def stopListeningAfterCatchingError():
    ee = EventEmitter()
    expected = Exception('kaboom')
    err = None

    def emit():
        ee.emit('error', expected)
        ee.emit('myevent', 42, 24)
    process.nextTick(emit)
    try:
        await once(ee, 'myevent')
    except Exception as _e:
        err = _e
    assert err is expected
    assert ee.listenerCount('error') == 0
    assert ee.listenerCount('myevent') == 0


async def onceError():
    ee = EventEmitter()
    expected = Exception('kaboom')
    process.nextTick(lambda: ee.emit('error', expected))
    promise = once(ee, 'error')
    assert ee.listenerCount('error') == 1
    [err] = await promise
    assert err is expected
    assert ee.listenerCount('error') == 0
    assert ee.listenerCount('myevent') == 0


async def onceWithEventTarget():
    et = EventTarget()
    event = Event('myevent')
    process.nextTick(lambda: et.dispatchEvent(event))
    [value] = await once(et, 'myevent')
    assert value is event


async def onceWithEventTargetError():
    et = EventTarget()
    error = Event('error')
    process.nextTick(lambda: et.dispatchEvent(error))
    [err] = await once(et, 'error')
    assert err is error


async def onceWithInvalidEventEmmiter():
    ac = AbortController()
    await rejects(once(ac, 'myevent'), code='ERR_INVALID_ARG_TYPE')


async def prioritizesEventEmitter():
    ee = EventEmitter()

    def fail(*args):
        raise AssertionError('fail')
    ee.addEventListener = fail
    ee.removeAllListeners = fail
    process.nextTick(lambda: ee.emit('foo'))
    await once(ee, 'foo')


async def abortSignalBefore(common):
    ee = EventEmitter()
    ee.on('error', common.mustNotCall())
    abortedSignal = AbortSignal.abort()
    await asyncio.gather(*[rejects(once(ee, 'foo', {'signal': signal}),
                                   code='ERR_INVALID_ARG_TYPE')
                           for signal in [1, {}, 'hi', False]])
    await rejects(once(ee, 'foo', {'signal': abortedSignal}), name='AbortError')


async def abortSignalAfter(common):
    ee = EventEmitter()
    ac = AbortController()
    ee.on('error', common.mustNotCall())
    r = rejects(once(ee, 'foo', {'signal': ac.signal}), name='AbortError')
    process.nextTick(lambda: ac.abort())
    await r


async def abortSignalAfterEvent():
    ee = EventEmitter()
    ac = AbortController()

    def emit():
        ee.emit('foo')
        ac.abort()
    process.nextTick(emit)
    promise = once(ee, 'foo', {'signal': ac.signal})
    await promise
    assert listenerCount(ac.signal, 'abort') == 0


async def abortSignalRemoveListener():
    ee = EventEmitter()
    ac = AbortController()
    try:
        process.nextTick(lambda: ac.abort())
        await once(ee, 'test', {'signal': ac.signal})
    except Exception:
        assert len(ee.listeners('test')) == 0
        assert len(ee.listeners('error')) == 0


async def eventTargetAbortSignalBefore():
    et = EventTarget()
    abortedSignal = AbortSignal.abort()
    await asyncio.gather(*[rejects(once(et, 'foo', {'signal': signal}),
                                   code='ERR_INVALID_ARG_TYPE')
                           for signal in [1, {}, 'hi', False]])
    await rejects(once(et, 'foo', {'signal': abortedSignal}), name='AbortError')


async def eventTargetAbortSignalBeforeEvenWhenSignalPropagationStopped():
    et = EventTarget()
    ac = AbortController()
    signal = ac.signal
    signal.addEventListener('abort', lambda e: e.stopImmediatePropagation(), {'once': True})
    process.nextTick(lambda: ac.abort())
    await rejects(once(et, 'foo', {'signal': signal}), name='AbortError')


async def eventTargetAbortSignalAfter():
    et = EventTarget()
    ac = AbortController()
    r = rejects(once(et, 'foo', {'signal': ac.signal}), name='AbortError')
    process.nextTick(lambda: ac.abort())
    await r


async def eventTargetAbortSignalAfterEvent():
    et = EventTarget()
    ac = AbortController()

    def dispatch():
        et.dispatchEvent(Event('foo'))
        ac.abort()
    process.nextTick(dispatch)
    await once(et, 'foo', {'signal': ac.signal})


def test_events_once(common, run):
    async def main():
        await asyncio.gather(
            onceAnEvent(),
            onceAnEventWithTwoArgs(),
            catchesErrors(),
            stopListeningAfterCatchingError(),
            onceError(),
            onceWithEventTarget(),
            onceWithEventTargetError(),
            onceWithInvalidEventEmmiter(),
            prioritizesEventEmitter(),
            abortSignalBefore(common),
            abortSignalAfter(common),
            abortSignalAfterEvent(),
            abortSignalRemoveListener(),
            eventTargetAbortSignalBefore(),
            eventTargetAbortSignalBeforeEvenWhenSignalPropagationStopped(),
            eventTargetAbortSignalAfter(),
            eventTargetAbortSignalAfterEvent(),
        )
    run(common.mustCall(main))
