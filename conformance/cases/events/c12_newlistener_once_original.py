# catalogue 12 - test-event-emitter-add-listeners.js (probes ee-01, ee-21)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
passed = None


def on_new(ev, fn):
    global passed
    passed = fn


ee.on('newListener', on_new)


def f():
    pass


ee.once('x', f)
log('once: newListener got original', passed is f, 'raw is wrapper', ee.rawListeners('x')[0] is not f)


def g():
    pass


ee.prependOnceListener('y', g)
log('prependOnce: newListener got original', passed is g, 'raw is wrapper', ee.rawListeners('y')[0] is not g)
