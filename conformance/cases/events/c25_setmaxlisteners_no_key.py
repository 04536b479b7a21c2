# catalogue 25 - test-event-emitter-set-max-listeners-side-effects.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
log('eventNames before', e.eventNames())
e.setMaxListeners(42)
log('eventNames after setMaxListeners', e.eventNames())
log('getMaxListeners', e.getMaxListeners())
