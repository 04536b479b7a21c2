# catalogue 38 - test-event-emitter-once.js (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
calls = 0


def hello(a, b):
    global calls
    calls += 1
    log('hello', a, b)


e.once('hello', hello)
log('emit 1', e.emit('hello', 'a', 'b'))
log('emit 2', e.emit('hello', 'a', 'b'))
e.emit('hello', 'a', 'b')
e.emit('hello', 'a', 'b')
log('calls', calls, 'count', e.listenerCount('hello'), 'eventNames', e.eventNames())
