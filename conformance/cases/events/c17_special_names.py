# catalogue 17 - test-event-emitter-special-event-names.js (probe ee-10); plus Python dunder names
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def handler(*args):
    pass


log('fresh eventNames', ee.eventNames())
names = ['__proto__', '__defineGetter__', 'toString', '__class__', '__dict__', 'constructor', '_events']
for n in names:
    ee.on(n, handler)
log('eventNames', ee.eventNames())
for n in names:
    log(n, len(ee.listeners(n)), ee.listeners(n)[0] is handler)
ee.on('__proto__', lambda val: log('__proto__ listener got', val))
log('emit __proto__', ee.emit('__proto__', 1))
ee2 = EventEmitter()
ee2.on('__proto__', lambda val: log('ee2 __proto__ listener got', val))
ee2.emit('__proto__', 2)
log('emit hasOwnProperty (unregistered)', ee2.emit('hasOwnProperty'))
