# catalogue 55 - (no Node test) probe ee-20: v20.20.2 reports the WRAPPER on once auto-removal from an array
from conformance.trace import log
from node_http_agent.events import EventEmitter


def orig():
    pass


def other():
    pass


def tag(fn):
    return 'original' if fn is orig else 'wrapper' if getattr(fn, 'listener', None) is orig else 'other'


ee = EventEmitter()
ee.on('removeListener', lambda ev, fn: log('array path, auto-removal:', tag(fn)) if ev == 'x' else None)
ee.on('x', other)
ee.once('x', orig)
ee.emit('x')

ee = EventEmitter()
ee.on('removeListener', lambda ev, fn: log('array path, removeListener(orig):', tag(fn)) if ev == 'x' else None)
ee.on('x', other)
ee.once('x', orig)
ee.removeListener('x', orig)
