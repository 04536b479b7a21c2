# catalogue 32 - test-event-emitter-modify-in-emit.js, test-event-emitter-remove-listeners.js (probe ee-04)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
called = []


def callback2():
    called.append('callback2')
    e.removeListener('foo', callback2)


def callback3():
    called.append('callback3')
    e.removeListener('foo', callback3)


e.on('foo', callback2)
e.on('foo', callback3)
e.emit('foo')
log('both ran', called, 'left', len(e.listeners('foo')))

ee = EventEmitter()
called = []


def B():
    called.append('B')


def A():
    called.append('A')
    ee.removeListener('event', B)


ee.on('event', A)
ee.on('event', B)
ee.emit('event')
log('removed B still ran', ''.join(called))
called = []
ee.emit('event')
log('next emit', ''.join(called))
