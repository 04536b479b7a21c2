# catalogue 95 - test-events-once.js (abortSignalBefore, abortSignalAfter, abortSignalAfterEvent, abortSignalRemoveListener) (probe ee-14)
from conformance.trace import log
from node_http_agent import AbortController, AbortSignal, process
from node_http_agent.events import EventEmitter, once


async def main():
    ee = EventEmitter()
    pre = AbortSignal.abort()
    try:
        await once(ee, 'foo', {'signal': pre})
    except Exception as e:
        log('pre-aborted:', e.name, e.code, str(e), 'cause is reason', e.cause is pre.reason, 'listeners', ee.listenerCount('foo'))
    ac = AbortController()
    process.nextTick(lambda: ac.abort())
    try:
        await once(ee, 'foo', {'signal': ac.signal})
    except Exception as e:
        log('aborted later:', e.name, e.code, 'listeners left foo/error', ee.listenerCount('foo'), ee.listenerCount('error'))
    ac2 = AbortController()

    def emit_then_abort():
        ee.emit('foo', 1)
        ac2.abort()

    process.nextTick(emit_then_abort)
    log('event before abort resolves', await once(ee, 'foo', {'signal': ac2.signal}))
    for bad in ['bad', 1, {}]:
        try:
            await once(ee, 'foo', {'signal': bad})
        except Exception as e:
            log('bad signal:', e.code, str(e))
    log('listeners at end', ee.listenerCount('foo'), ee.listenerCount('error'))


process.run(main)
