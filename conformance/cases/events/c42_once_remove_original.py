# catalogue 42 - test-event-emitter-once.js (probe ee-03)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()


def remove():
    log('once->foo should not be emitted')


e.once('foo', remove)
e.removeListener('foo', remove)
log('emit after removing original', e.emit('foo'))
e.on('bar', lambda: None)
e.once('bar', remove)
e.off('bar', remove)
log('array path: count', e.listenerCount('bar'), 'raw[0] is wrapper', e.rawListeners('bar')[0] is not remove)
e.emit('bar')
