# catalogue 93 - test-event-capture-rejections.js (thenable, thenableThatThrows)
# conformance: deviation=JS thenables (an object with a `then` getter read once) have no Python counterpart: Python schedules awaitables (__await__), it does not probe for a then property.
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter({'captureRejections': True})
ee.on('something', lambda: object())
ee.on('error', lambda err: log('error emitted synchronously:', str(err)))
ee.emit('something')
log('after emit')
