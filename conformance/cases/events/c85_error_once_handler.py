# catalogue 85, 38 - (no Node test) probe ee-21: a once('error') handler consumes one error
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.once('error', lambda e: log('once error handler got', str(e)))
log('first emit returns', ee.emit('error', Exception('first')))
try:
    ee.emit('error', Exception('second'))
except Exception as e:
    log('second error thrown:', str(e))
