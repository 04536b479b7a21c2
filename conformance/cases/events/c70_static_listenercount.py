# catalogue 70 - test-event-emitter-listener-count.js (probe ee-12)
from conformance.trace import log
from node_http_agent import events
from node_http_agent.events import EventEmitter

emitter = EventEmitter()
emitter.on('foo', lambda: None)
emitter.on('foo', lambda: None)
emitter.once('foo', lambda: None)
log('EventEmitter.listenerCount', EventEmitter.listenerCount(emitter, 'foo'))
log('events.listenerCount', events.listenerCount(emitter, 'foo'))
log('unknown', EventEmitter.listenerCount(emitter, 'bar'))
