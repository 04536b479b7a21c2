# catalogue 94 - test-events-once.js (onceAnEvent, onceAnEventWithTwoArgs) (probe ee-14)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.events import EventEmitter, once


async def main():
    ee = EventEmitter()
    process.nextTick(lambda: ee.emit('myevent', 42, 24))
    p = once(ee, 'myevent')
    log('while waiting: myevent', ee.listenerCount('myevent'), 'error', ee.listenerCount('error'))
    value = await p
    log('resolved', value, 'after: myevent', ee.listenerCount('myevent'), 'error', ee.listenerCount('error'))
    process.nextTick(lambda: ee.emit('noargs'))
    log('no arguments', await once(ee, 'noargs'))
    early = once(ee, 'early')
    ee.emit('early', 'sync')
    log('emitted before await', await early)
    obj = {'a': 1}
    process.nextTick(lambda: ee.emit('obj', obj))
    [got] = await once(ee, 'obj')
    log('same object', got is obj)


process.run(main)
