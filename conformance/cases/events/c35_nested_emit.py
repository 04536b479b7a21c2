# catalogue 35 - (no Node test) probe ee-18
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
out = []
depth = 0


def a():
    global depth
    out.append('a' + str(depth))
    d = depth
    depth += 1
    if d < 1:
        ee.emit('e')


def b():
    out.append('b' + str(depth))
    ee.removeListener('e', b)


ee.on('e', a)
ee.on('e', b)
ee.emit('e')
log('nested emit order', ' '.join(out), 'remaining', [f.__name__ for f in ee.listeners('e')])
