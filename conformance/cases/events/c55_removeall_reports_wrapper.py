# catalogue 55 - (no Node test) probes ee-11, ee-20: removeAllListeners reports the WRAPPER of a once in an array
from conformance.trace import log
from node_http_agent.events import EventEmitter


def orig():
    pass


def other():
    pass


def tag(fn):
    if fn is orig:
        return 'original'
    if getattr(fn, 'listener', None) is orig:
        return 'wrapper'
    return 'other' if fn is other else '?'


ee = EventEmitter()
ee.on('removeListener', lambda ev, fn: log('removeAllListeners("x") reports', tag(fn)) if ev == 'x' else None)
ee.on('x', other)
ee.once('x', orig)
ee.removeAllListeners('x')
