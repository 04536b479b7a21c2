# catalogue 98 - test-events-once.js, test-events-on-async-iterator.js (EventTarget, validation): events.once/on validation as Node 20: once() rejects (never throws) for a bad emitter or signal, on() throws; both accept an EventTarget and settle when an earlier abort listener stopped propagation; getEventListeners arguments; a borrowed emit raises the error
import asyncio

from conformance.trace import log
from node_http_agent import AbortController, AbortSignal, process
from node_http_agent.abort import Event, EventTarget
from node_http_agent.events import EventEmitter, getEventListeners, on, once


async def settle(what, make):
    try:
        p = make()
    except Exception as e:
        log(what, 'threw', e.code, str(e))
        return
    log(what, 'returned a promise', isinstance(p, asyncio.Future))
    try:
        log(what, 'resolved', await p)
    except Exception as e:
        log(what, 'rejected', e.code, str(e))


async def main():
    await settle('once AbortController', lambda: once(AbortController(), 'x'))
    await settle('once plain object', lambda: once({}, 'x'))
    await settle('once bad signal', lambda: once(EventEmitter(), 'x', {'signal': 1}))
    await settle('once aborted signal',
                 lambda: once(EventEmitter(), 'x', {'signal': AbortSignal.abort()}))
    try:
        on({}, 'x')
    except Exception as e:
        log('on plain object threw', e.code, str(e))
    try:
        on(EventEmitter(), 'x', {'signal': 1})
    except Exception as e:
        log('on bad signal threw', e.code, str(e))

    et = EventTarget()
    p = once(et, 'foo')
    log('once ET listeners', len(getEventListeners(et, 'foo')))
    et.dispatchEvent(Event('foo'))
    [ev] = await p
    log('once ET resolved', ev.type, len(getEventListeners(et, 'foo')))

    it = on(et, 'bar')
    log('on ET listeners', len(getEventListeners(et, 'bar')))
    et.dispatchEvent(Event('bar'))
    et.dispatchEvent(Event('bar'))
    first = await it.__anext__()
    second = await it.__anext__()
    log('on ET values', first[0].type, second[0].type)
    await it.aclose()
    log('on ET after return', len(getEventListeners(et, 'bar')))

    ac = AbortController()
    ac.signal.addEventListener('abort', lambda e: e.stopImmediatePropagation())
    ee = EventEmitter()
    stopped = once(ee, 'x', {'signal': ac.signal})
    iter_ = on(ee, 'y', {'signal': ac.signal})
    ac.abort()
    try:
        await stopped
    except Exception as e:
        log('once after stopImmediatePropagation', e.name, e.code)
    try:
        await iter_.__anext__()
    except Exception as e:
        log('on after stopImmediatePropagation', e.name, e.code)
    log('listeners left', ee.listenerCount('x'), ee.listenerCount('y'), ee.listenerCount('error'))

    try:
        getEventListeners({}, 'x')
    except Exception as e:
        log('getEventListeners plain', e.code, str(e))
    try:
        getEventListeners(EventEmitter())
    except Exception as e:
        log('getEventListeners no name', isinstance(e, TypeError))
    try:
        getEventListeners()
    except Exception as e:
        log('getEventListeners nothing', isinstance(e, TypeError))

    class Foreign:
        pass
    foreign = Foreign()
    try:
        EventEmitter.emit(foreign, 'error', Exception('foreign error'))
    except Exception as e:
        log('borrowed emit threw', str(e))
    log('borrowed emit of other events', EventEmitter.emit(foreign, 'x'))


process.run(main)
