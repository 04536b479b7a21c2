# catalogue 11 - test-event-emitter-add-listeners.js (probe ee-01)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
seenEvents = []
seenListeners = []


def track(event, listener):
    if event == 'newListener':
        return
    seenEvents.append(event)
    seenListeners.append(listener)


e.on('newListener', track)


def hello(a, b):
    log('hello', a, b)


def foo():
    log('foo must not run')


e.once('newListener', lambda name, listener: log(
    'once newListener', name, listener is hello,
    'listeners(hello) length', len(e.listeners('hello'))))
e.on('hello', hello)
e.once('foo', foo)
log('events', seenEvents)
log('listeners are originals', seenListeners[0] is hello, seenListeners[1] is foo)
e.emit('hello', 'a', 'b')
