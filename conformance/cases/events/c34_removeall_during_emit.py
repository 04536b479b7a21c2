# catalogue 34 - test-event-emitter-modify-in-emit.js (probe ee-04)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
out = []


def first():
    out.append(1)
    ee.removeAllListeners('e')


ee.on('e', first)
ee.on('e', lambda: out.append(2))
log('emit returns', ee.emit('e'), 'ran', ','.join(map(str, out)), 'now count', ee.listenerCount('e'))
e2 = EventEmitter()


def third():
    out.append(3)
    e2.removeAllListeners()


e2.on('e', third)
e2.on('e', lambda: out.append(4))
e2.emit('e')
log('removeAllListeners() too', ','.join(map(str, out)), 'eventNames', e2.eventNames())
