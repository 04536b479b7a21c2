# catalogue 41 - (no Node test) probe ee-05
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def thrower():
    raise Exception('once threw')


ee.once('x', thrower)
try:
    ee.emit('x')
except Exception as e:
    log('caught', str(e), 'still registered', ee.listenerCount('x'))
log('second emit', ee.emit('x'))
