# catalogue 67 - test-event-emitter-listener-count.js (probe ee-12)
from conformance.trace import log
from node_http_agent.events import EventEmitter

emitter = EventEmitter()
emitter.on('foo', lambda: None)
emitter.on('foo', lambda: None)
emitter.on('baz', lambda: None)
emitter.once('baz', lambda: None)
log('foo', emitter.listenerCount('foo'))
log('bar (unknown)', emitter.listenerCount('bar'))
log('baz (with a once)', emitter.listenerCount('baz'))
emitter.emit('baz')
log('baz after emit', emitter.listenerCount('baz'))
