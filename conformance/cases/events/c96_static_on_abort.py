# catalogue 96 - test-events-on-async-iterator.js (abortableOnBefore, abortableOnAfter) (probe ee-15)
from conformance.trace import log
from node_http_agent import AbortController, AbortSignal, process
from node_http_agent.events import EventEmitter, on


async def main():
    ee = EventEmitter()
    try:
        on(ee, 'foo', {'signal': AbortSignal.abort()})
        log('no throw')
    except Exception as e:
        log('pre-aborted throws synchronously:', e.name, e.code, 'listeners', ee.listenerCount('foo'))
    ac = AbortController()
    it = on(ee, 'foo', {'signal': ac.signal})
    log('attached', ee.listenerCount('foo'))
    ac.abort()
    log('after abort: listeners', ee.listenerCount('foo'), ee.listenerCount('error'))
    try:
        await it.__anext__()
        log('no rejection')
    except Exception as e:
        log('next() rejects:', e.name, e.code, str(e))
    ac2 = AbortController()
    it2 = on(ee, 'foo', {'signal': ac2.signal})
    process.nextTick(lambda: ac2.abort())
    try:
        await it2.__anext__()
    except Exception as e:
        log('pending next() rejects:', e.name)
    try:
        await it2.__anext__()
        done = False
    except StopAsyncIteration:
        done = True
    log('done', done, 'listeners', ee.listenerCount('foo'))


process.run(main)
