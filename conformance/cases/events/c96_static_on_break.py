# catalogue 96 - test-events-on-async-iterator.js (break in for await calls return(): listeners removed) (probe ee-15)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


async def main():
    ee = EventEmitter()

    def emit_two():
        ee.emit('foo', 1)
        ee.emit('foo', 2)

    process.nextTick(emit_two)
    async for [v] in on(ee, 'foo'):
        log('got', v, 'listeners inside', ee.listenerCount('foo'))
        break
    log('right after break: listeners', ee.listenerCount('foo'), ee.listenerCount('error'))


process.run(main)
