# catalogue 96 - test-events-on-async-iterator.js (close option) (probe ee-15)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


async def main():
    ee = EventEmitter()

    def emit_all():
        ee.emit('foo', 'bar')
        ee.emit('foo', 42)
        ee.emit('close')
        ee.emit('foo', 'after-close')

    process.nextTick(emit_all)
    got = []
    async for ev in on(ee, 'foo', {'close': ['close']}):
        got.append(ev)
    log('close event ends the loop; got', got, 'listeners left foo/error/close', ee.listenerCount('foo'), ee.listenerCount('error'), ee.listenerCount('close'))
    ee2 = EventEmitter()
    it = on(ee2, 'foo', {'close': ['end', 'finish']})
    log('close listeners attached', ee2.listenerCount('end'), ee2.listenerCount('finish'))
    ee2.emit('foo', 1)
    ee2.emit('finish')
    log('buffered before close still read', await it.__anext__())
    try:
        await it.__anext__()
        done = False
    except StopAsyncIteration:
        done = True
    log('then done', done, 'listeners', ee2.listenerCount('foo'), ee2.listenerCount('end'))


process.run(main)
