# catalogue 65 - test-events-list.js (probe ee-10)
from conformance.trace import log
from node_http_agent.events import EventEmitter

EE = EventEmitter()


def m():
    pass


EE.on('foo', lambda: None)
log(EE.eventNames())
EE.on('bar', m)
log(EE.eventNames())
EE.removeListener('bar', m)
log(EE.eventNames())
s = object()
EE.on(s, m)
log('symbol added', len(EE.eventNames()), EE.eventNames()[1] is s)
EE.removeListener(s, m)
log(EE.eventNames())
EE.once('baz', m)
EE.emit('baz')
log('after once fired', EE.eventNames())
