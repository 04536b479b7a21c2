# catalogue 61 - test-event-emitter-remove-all-listeners.js, test-event-emitter-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def noop():
    pass


ee.on('foo', noop)
ee.on('bar', noop)
ee.on('baz', noop)
ee.on('baz', noop)
fooListeners = ee.listeners('foo')
barListeners = ee.listeners('bar')
bazListeners = ee.listeners('baz')
ee.removeAllListeners('bar')
ee.removeAllListeners('baz')
log('copies unchanged', len(fooListeners), len(barListeners), len(bazListeners))
log('live', len(ee.listeners('foo')), len(ee.listeners('bar')), len(ee.listeners('baz')))
raw = ee.rawListeners('foo')
ee.removeAllListeners()
log('raw copy unchanged', len(raw), raw[0] is noop, 'live', len(ee.rawListeners('foo')))
