# catalogue 9, 10 - test-event-emitter-prepend.js (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
out = []
ee.on('foo', lambda: out.append('on'))
ee.prependListener('foo', lambda: out.append('prepend'))
ee.prependOnceListener('foo', lambda: out.append('prependOnce'))
ee.emit('foo')
log('first emit', ' '.join(out))
out.clear()
ee.emit('foo')
log('second emit', ' '.join(out))
ee.prependListener('foo', lambda: out.append('prepend2'))
out.clear()
ee.emit('foo')
log('third emit', ' '.join(out))
