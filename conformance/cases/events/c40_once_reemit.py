# catalogue 40 - test-event-emitter-once.js (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
n = 0


def foo():
    global n
    n += 1
    log('once foo, re-emit returns', ee.emit('foo'))


ee.once('foo', foo)
ee.emit('foo')
log('called', n)

e2 = EventEmitter()


def first():
    log('first once, count now', e2.listenerCount('e'))
    e2.emit('e')


e2.once('e', first)
e2.once('e', lambda: log('second once ran'))
e2.emit('e')
log('left', e2.listenerCount('e'))
