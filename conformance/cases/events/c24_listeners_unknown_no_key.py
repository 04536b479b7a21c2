# catalogue 24 - test-event-emitter-listeners-side-effects.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
log('listeners(bar)', ee.listeners('bar'))
log('rawListeners(bar)', ee.rawListeners('bar'))
log('listenerCount(bar)', ee.listenerCount('bar'))
log('eventNames after lookups', ee.eventNames())


def fl():
    pass


ee.on('foo', fl)
log('listeners(foo) length', len(ee.listeners('foo')), ee.listeners('foo')[0] is fl)
ee.on('foo', fl)
log('listeners(foo) length', len(ee.listeners('foo')))
log('listeners(bar) still', ee.listeners('bar'), 'eventNames', ee.eventNames())
