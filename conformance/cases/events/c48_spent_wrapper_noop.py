# catalogue 48 - (no Node test) probe ee-05
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
n = 0


def x():
    global n
    n += 1
    return 'ret'


ee.once('x', x)
w = ee.rawListeners('x')[0]
log('first call', w(), 'n', n)
log('spent wrapper call', w(), 'n', n)
ee.emit('x')
log('after emit n', n)


def y():
    global n
    n += 1


ee.once('y', y)
w2 = ee.rawListeners('y')[0]
ee.emit('y')
w2()
log('wrapper after its emit: n', n)
