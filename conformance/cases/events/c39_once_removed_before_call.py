# catalogue 39 - doc (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.once('e', lambda: log('inside once: count', ee.listenerCount('e'), 'listeners', len(ee.listeners('e'))))
ee.on('e', lambda: None)
ee.emit('e')
single = EventEmitter()
single.once('s', lambda: log('inside single once: count', single.listenerCount('s'), 'eventNames', single.eventNames()))
single.emit('s')
