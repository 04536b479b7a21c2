# catalogue 96 - test-events-on-async-iterator.js (error, errorDelayed, throwInLoop) (probe ee-15)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, on


async def next_done(it):
    try:
        await it.__anext__()
        return False
    except StopAsyncIteration:
        return True


async def main():
    ee = EventEmitter()
    it = on(ee, 'foo')
    ee.emit('foo', 1)
    err = Exception('E')
    process.nextTick(lambda: ee.emit('error', err))
    log('buffered value first', await it.__anext__())
    try:
        await it.__anext__()
        log('no rejection')
    except Exception as e:
        log('iterator rejects with the emitted error', e is err)
    done = await next_done(it)
    log('after error: done', done, 'listeners', ee.listenerCount('foo'), ee.listenerCount('error'))

    ee2 = EventEmitter()
    process.nextTick(lambda: ee2.emit('error', err))
    try:
        async for ev in on(ee2, 'foo'):
            log('unexpected', ev)
    except Exception as e:
        log('for await throws the error', e is err, 'listeners', ee2.listenerCount('foo'), ee2.listenerCount('error'))

    ee3 = EventEmitter()
    it3 = on(ee3, 'foo')
    ee3.emit('error', err)
    ee3.emit('foo', 'after error')
    try:
        await it3.__anext__()
        log('no rejection')
    except Exception as e:
        log('error emitted before next() is raised by next()', e is err)
    log('then done', await next_done(it3))


process.run(main)
