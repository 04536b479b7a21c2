# catalogue 59 - test-event-emitter-remove-all-listeners.js (probe ee-11)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def a():
    pass


def b():
    pass


def c():
    pass


ee.on('foo', a)
ee.on('bar', a)
ee.on('baz', a)
ee.on('baz', b)
ee.on('baz', a)
ee.on('baz', c)
seen = []
ee.on('removeListener', lambda name, fn: seen.append(f'{name}/{fn.__name__}'))
ee.removeAllListeners('bar')
ee.removeAllListeners('baz')
log('reported', seen)
log('foo kept', len(ee.listeners('foo')), 'bar', len(ee.listeners('bar')), 'baz', len(ee.listeners('baz')))
log('eventNames', ee.eventNames())
