# catalogue 49 - (no Node test) probe ee-05
# conformance: deviation=The wrapper's JS function name 'bound onceWrapper' comes from Function.prototype.bind; the Python wrapper is a callable object with .listener and no such name.
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.once('x', lambda: None)
log('wrapper name', type(ee.rawListeners('x')[0]).__name__)
