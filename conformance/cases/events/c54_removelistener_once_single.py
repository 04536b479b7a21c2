# catalogue 54 - test-event-emitter-remove-listeners.js (probes ee-02, ee-20)
from conformance.trace import log
from node_http_agent.events import EventEmitter


def orig():
    pass


def tag(fn):
    return 'original' if fn is orig else 'wrapper' if getattr(fn, 'listener', None) is orig else 'other'


ee = EventEmitter()
ee.once('x', orig)
ee.on('removeListener', lambda ev, fn: log('auto-removal reports', ev, tag(fn)))
ee.emit('x')

ee = EventEmitter()
ee.once('x', orig)
ee.on('removeListener', lambda ev, fn: log('removeListener(orig) reports', ev, tag(fn)))
ee.removeListener('x', orig)

ee = EventEmitter()
ee.once('x', orig)
ee.on('removeListener', lambda ev, fn: log('removeAllListeners(x) reports', ev, tag(fn)) if ev == 'x' else None)
ee.removeAllListeners('x')
