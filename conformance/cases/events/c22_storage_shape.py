# catalogue 22, 23, 26 - test-event-emitter-listeners-side-effects.js, test-event-emitter-remove-listeners.js (probe ee-19)
# conformance: deviation=_events/_eventsCount are Node internals (bare function vs array slots); the Python port's storage is private and differently shaped.
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on('x', lambda: None)
log('internal storage is not part of the API', ee.listenerCount('x'))
