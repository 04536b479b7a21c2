# catalogue 84 - test-event-emitter-max-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
e.on('maxListeners', lambda *args: log('maxListeners event', list(args)))
e.setMaxListeners(42)
log('setMaxListeners emitted nothing; getMaxListeners', e.getMaxListeners())
log('emit maxListeners', e.emit('maxListeners', 1))
log('eventNames', e.eventNames())
