# catalogue 66 - test-event-emitter-listeners.js (probe ee-12)
from conformance.trace import log
from node_http_agent.events import EventEmitter


def listener():
    pass


def listener2():
    pass


ee = EventEmitter()
ee.on('foo', listener)
copy = ee.listeners('foo')
log('fresh each call', ee.listeners('foo') is not ee.listeners('foo'))
copy.append(listener2)
copy[0] = listener2
log('emitter unaffected', len(ee.listeners('foo')), ee.listeners('foo')[0] is listener)
ee.on('foo', listener2)
log('copy unaffected by later add', len(copy))
raw = ee.rawListeners('foo')
raw.clear()
log('raw copy mutation has no effect', len(ee.rawListeners('foo')))
