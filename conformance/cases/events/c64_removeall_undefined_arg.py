# catalogue 64 - (no Node test) probe ee-11: removeAllListeners(undefined) targets only that key
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on('x', lambda: None)
ee.on(None, lambda: None)
log('returns this', ee.removeAllListeners(None) is ee)
log('x kept', ee.listenerCount('x'), 'undefined key removed', ee.listenerCount(None))
ee.removeAllListeners()
log('no argument removes all', ee.listenerCount('x'))
