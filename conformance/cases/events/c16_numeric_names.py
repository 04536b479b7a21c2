# catalogue 16 - test-event-emitter-listener-count.js (123) (probe ee-10)
# conformance: deviation=Event names are any hashable and are not coerced (API.md): 123 and '123' are two events in Python, one in Node.
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on(123, lambda: log('number listener'))
ee.on('123', lambda: log('string listener'))
log('listenerCount(123)', ee.listenerCount(123), 'listenerCount("123")', ee.listenerCount('123'))
log('emit(123)', ee.emit(123))
log('eventNames', ee.eventNames())
