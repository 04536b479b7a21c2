# catalogue 8 - doc; test-event-emitter-prepend.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
out = []
ee.on('e', lambda: out.append('a'))
ee.addListener('e', lambda: out.append('b'))
ee.once('e', lambda: out.append('c'))
ee.on('e', lambda: out.append('d'))
ee.emit('e')
log('first emit', ''.join(out))
out.clear()
ee.emit('e')
log('second emit', ''.join(out))
