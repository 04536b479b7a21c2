# catalogue 29 - doc (probe ee-17)
# conformance: deviation=Python has no `this`: listeners are plain callables called with the emitted arguments only (use a closure or a bound method).
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on('a', lambda: log('this is the emitter', True))
ee.once('a', lambda: log('once: this is the emitter', True))
ee.emit('a')
