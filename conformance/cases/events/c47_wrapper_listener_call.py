# catalogue 47 - doc (rawListeners example) (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
n = 0


def once_log():
    global n
    n += 1
    log('log once')


ee.once('log', once_log)
w = ee.rawListeners('log')[0]
w.listener()
log('after w.listener(): count', ee.listenerCount('log'), 'n', n)
ee.emit('log')
log('after emit: count', ee.listenerCount('log'), 'n', n)
