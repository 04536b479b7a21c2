# catalogue 7 - test-events-static-geteventlisteners.js ([fn1, fn1]) (probe ee-03)
from conformance.trace import log
from node_http_agent.events import EventEmitter, getEventListeners

ee = EventEmitter()
calls = []


def f(x):
    calls.append(x)


ee.on('e', f)
ee.on('e', f)
ee.on('e', f)
log('count', ee.listenerCount('e'))
log('all are f', all(lst is f for lst in ee.listeners('e')))
log('getEventListeners length', len(getEventListeners(ee, 'e')))
ee.emit('e', 1)
log('calls', calls)
