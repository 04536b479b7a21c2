# catalogue 43 - (no Node test) probe ee-03
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def f():
    log('should not run')


ee.once('w', f)
w = ee.rawListeners('w')[0]
ee.removeListener('w', w)
log('removed via wrapper: count', ee.listenerCount('w'), 'emit', ee.emit('w'))
ee.on('w', lambda: None)
ee.once('w', f)
ee.removeListener('w', ee.rawListeners('w')[1])
log('array path via wrapper: count', ee.listenerCount('w'), 'count(f)', ee.listenerCount('w', f))
