# catalogue 96 - test-events-on-async-iterator.js (basic, sync) (probe ee-15)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


async def main():
    ee = EventEmitter()
    it = on(ee, 'foo')
    log('registered foo/error', ee.listenerCount('foo'), ee.listenerCount('error'))
    ee.emit('foo', 'bar')
    ee.emit('foo', 42)
    ee.emit('foo', 1, 2)
    for _ in range(3):
        try:
            log('next', await it.__anext__())
        except StopAsyncIteration:
            log('next', 'done')
    process.nextTick(lambda: ee.emit('foo', 'later'))
    r = await it.__anext__()
    log('waited for', r)
    seen = []

    def emit_two():
        ee.emit('foo', 'a')
        ee.emit('foo', 'b')

    process.nextTick(emit_two)
    async for ev in it:
        seen.append(ev)
        if len(seen) == 2:
            break
    log('for await got', seen)


process.run(main)
