# catalogue 71 - test-events-list.js (probe ee-10); strings only: see c72 for integer-like keys and symbols
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
for n in ['b', 'a', 'zeta', '__proto__', 'alpha', 'toString']:
    ee.on(n, lambda: None)
log(ee.eventNames())
ee.removeAllListeners('a')
ee.on('a', lambda: None)
log('re-added goes last', ee.eventNames())
ee.prependListener('b', lambda: None)
log('prepend does not move the key', ee.eventNames())
