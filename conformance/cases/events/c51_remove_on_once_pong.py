# catalogue 51 - doc (probe ee-03)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
n = 0


def pong():
    global n
    n += 1


ee.on('ping', pong)
ee.once('ping', pong)
log('count', ee.listenerCount('ping'), 'count(pong)', ee.listenerCount('ping', pong))
ee.removeListener('ping', pong)
log('left is the plain registration', ee.rawListeners('ping')[0] is pong)
ee.emit('ping')
ee.emit('ping')
log('pong called', n)
