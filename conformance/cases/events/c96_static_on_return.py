# catalogue 96 - test-events-on-async-iterator.js (iterableThrow/return cleanup) (probe ee-15)
# JS iterator.return() <-> Python async iterator aclose().
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


async def main():
    ee = EventEmitter()
    it = on(ee, 'foo')
    log('attached', ee.listenerCount('foo'), ee.listenerCount('error'))
    await it.aclose()
    log('return() before any next: done', True, 'listeners', ee.listenerCount('foo'), ee.listenerCount('error'))
    ee2 = EventEmitter()
    it2 = on(ee2, 'foo')
    ee2.emit('foo', 1)
    log('read', await it2.__anext__())
    await it2.aclose()
    log('return() after a read: listeners', ee2.listenerCount('foo'), ee2.listenerCount('error'))
    try:
        await it2.__anext__()
        done = False
    except StopAsyncIteration:
        done = True
    log('next after return: done', done)


process.run(main)
