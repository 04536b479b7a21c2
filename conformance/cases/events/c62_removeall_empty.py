# catalogue 62 - test-event-emitter-remove-all-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
log('removeAllListeners() on fresh emitter returns this', ee.removeAllListeners() is ee)
log('removeAllListeners("missing") returns this', ee.removeAllListeners('missing') is ee)
ee.on('x', lambda: None)
log('removeAllListeners("missing") keeps x', ee.removeAllListeners('missing') is ee, ee.listenerCount('x'))
ee.on('removeListener', lambda name, fn: log('removeListener', name))
ee.removeAllListeners('missing')
log('no event for a missing type; eventNames', ee.eventNames())
