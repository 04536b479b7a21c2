# catalogue 27 - doc; test-event-emitter-emit-context.js (probe ee-10)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
log('no listeners', ee.emit('a'))


def f(*args):
    pass


ee.on('a', f)
log('one listener', ee.emit('a'))
ee.on('a', f)
log('two listeners', ee.emit('a'))
ee.removeAllListeners('a')
log('after removeAllListeners', ee.emit('a'))
ee.once('b', f)
log('once: first', ee.emit('b'), 'second', ee.emit('b'))
ee.on('error', f)
log('error with a handler', ee.emit('error', Exception('x')))
