# catalogue 71, 72 - test-events-list.js (probe ee-10)
# conformance: deviation=eventNames() follows JS property-key order in Node (integer-like keys first ascending, symbols last); Python keeps plain insertion order.
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
s = object()
ee.on('b', lambda: None)
ee.on(s, lambda: None)
ee.on('a', lambda: None)
ee.on('123', lambda: None)
ee.on('10', lambda: None)
log(['symbol' if k is s else k for k in ee.eventNames()])
