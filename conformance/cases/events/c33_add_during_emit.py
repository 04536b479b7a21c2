# catalogue 33 - test-event-emitter-modify-in-emit.js (probe ee-04)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
called = []


def callback1():
    called.append('callback1')
    e.on('foo', callback2)
    e.on('foo', callback3)
    e.removeListener('foo', callback1)


def callback2():
    called.append('callback2')
    e.removeListener('foo', callback2)


def callback3():
    called.append('callback3')
    e.removeListener('foo', callback3)


e.on('foo', callback1)
log('count', len(e.listeners('foo')))
e.emit('foo')
log('single path: added not run', called, 'count', len(e.listeners('foo')))
e.emit('foo')
log('second emit', called, 'count', len(e.listeners('foo')))
e.emit('foo')
log('third emit', called, 'count', len(e.listeners('foo')))

ee = EventEmitter()
out = []


def first():
    out.append('x')
    ee.on('a', lambda: out.append('added'))


ee.on('a', first)
ee.on('a', lambda: out.append('y'))
ee.emit('a')
log('array path: added not run', ','.join(out))
