# catalogue 46 - test-event-emitter-listeners.js (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def listener4(x):
    log('listener4 got', x)
    return 1


ee.once('foo', listener4)
raw = ee.rawListeners('foo')
log('raw length', len(raw))
log('calling the wrapper returns', raw[0]('arg'))
log('removed: raw length now', len(ee.rawListeners('foo')), 'emit', ee.emit('foo'))
