# catalogue 58, 62 - test-event-emitter-remove-listeners.js, test-event-emitter-remove-all-listeners.js
# conformance: deviation=Setting the internal _events to undefined is a Node-internals test; the Python storage is private.
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
log('removeListener with _events undefined returns this', e.removeListener('foo', lambda: None) is e)
log('removeAllListeners with _events undefined returns this', e.removeAllListeners() is e)
