# catalogue 18 - (no Node test) probe ee-10
# conformance: deviation=Event names are not coerced: None is its own key in Python, while Node turns null/undefined into the strings 'null'/'undefined' (and Python has one None for both).
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on(None, lambda: log('null listener'))
ee.on(None, lambda: log('undefined listener'))
log('eventNames', ee.eventNames())
log('emit("null")', ee.emit('null'))
log('emit("undefined")', ee.emit('undefined'))
