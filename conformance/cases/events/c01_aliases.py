# catalogue 1 - test-event-emitter-method-names.js, test-event-emitter-add-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

P = EventEmitter
log('on is addListener', P.on is P.addListener)
log('off is removeListener', P.off is P.removeListener)
ee = EventEmitter()
log('instance on == addListener', ee.on == ee.addListener)
log('instance off == removeListener', ee.off == ee.removeListener)
