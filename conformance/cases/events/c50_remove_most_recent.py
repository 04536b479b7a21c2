# catalogue 50 - doc (probe ee-03)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def f():
    log('f')


def g():
    log('g')


ee.on('e', f)
ee.on('e', g)
ee.on('e', f)
ee.removeListener('e', f)
log('after one removal', [lst.__name__ for lst in ee.listeners('e')])
ee.emit('e')
ee.on('e', f)
ee.once('e', f)
ee.removeListener('e', f)
log('once (most recent) removed first',
    ['f' if lst is f else 'g' if lst is g else 'wrapper' for lst in ee.rawListeners('e')])
