# catalogue 53 - test-event-emitter-remove-listeners.js (probe ee-02)
from conformance.trace import log
from node_http_agent.events import EventEmitter


def listener1():
    pass


def listener2():
    pass


ee = EventEmitter()
ee.on('hello', listener1)
ee.on('removeListener', lambda name, cb: log(
    'single:', name, cb is listener1, 'listeners now', len(ee.listeners('hello'))))
ee.removeListener('hello', listener1)
log('single: after', len(ee.listeners('hello')))

ee = EventEmitter()
ee.on('hello', listener1)
ee.on('hello', listener2)
ee.once('removeListener', lambda name, cb: log(
    'array 1:', name, cb is listener1, 'listeners now', [f.__name__ for f in ee.listeners('hello')]))
ee.removeListener('hello', listener1)
ee.once('removeListener', lambda name, cb: log(
    'array 2:', name, cb is listener2, 'listeners now', [f.__name__ for f in ee.listeners('hello')]))
ee.removeListener('hello', listener2)
log('array: after', len(ee.listeners('hello')))
