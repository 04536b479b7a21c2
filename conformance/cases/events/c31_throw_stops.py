# catalogue 31 - (no Node test) probe ee-04
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
out = []
boom = Exception('boom')
ee.on('t', lambda: out.append(1))


def second():
    out.append(2)
    raise boom


ee.on('t', second)
ee.on('t', lambda: out.append(3))
try:
    ee.emit('t')
    log('no throw')
except Exception as e:
    log('emit threw', str(e), 'same object', e is boom, 'ran', ','.join(map(str, out)))
log('listeners kept', ee.listenerCount('t'))
single = EventEmitter()


def thrower():
    raise Exception('single')


single.on('s', thrower)
try:
    single.emit('s')
except Exception as e:
    log('single listener threw', str(e))
