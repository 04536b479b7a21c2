# catalogue 69 - (no Node test) probe ee-12
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def h():
    pass


ee.on('e', h)
ee.once('e', h)
ee.on('e', lambda: None)
log('listenerCount(e, null)', ee.listenerCount('e', None))
log('listenerCount(e, h)', ee.listenerCount('e', h))
