# catalogue 94 - test-events-once.js (catchesErrors, onceError, stopListeningAfterCatchingError) (probe ee-14)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, once


async def main():
    ee = EventEmitter()
    err = Exception('kaboom')
    process.nextTick(lambda: ee.emit('error', err))
    try:
        await once(ee, 'myevent')
        log('resolved?')
    except Exception as e:
        log('rejected with the same error', e is err, 'listeners left', ee.listenerCount('myevent'), ee.listenerCount('error'))
    process.nextTick(lambda: ee.emit('error', err))
    args = await once(ee, 'error')
    log('once(ee, "error") resolves', len(args), args[0] is err)
    p = once(ee, 'myevent')
    log('waiting: error listeners', ee.listenerCount('error'))
    ee.emit('myevent', 'ok')
    await p
    log('after resolve: error listeners', ee.listenerCount('error'))
    process.nextTick(lambda: ee.emit('error', err))
    try:
        await once(ee, 'x')
    except Exception as e:
        log('second error also rejects', e is err)
    try:
        ee.emit('error', err)
    except Exception as e:
        log('no listener left: emit throws', e is err)


process.run(main)
