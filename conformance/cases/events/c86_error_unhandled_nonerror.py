# catalogue 86 - test-event-emitter-errors.js (probe ee-06)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
for v in ['Accepts a string', 42, 2.5, True, None]:
    try:
        ee.emit('error', v)
    except Exception as e:
        log(e.code, str(e), 'context is the value', e.context is v, 'is an Error', isinstance(e, Exception))
try:
    ee.emit('error')
except Exception as e:
    log('no argument:', e.code, str(e), 'context is undefined', e.context is None)
try:
    ee.emit('error', "it's")
except Exception as e:
    log('quote:', str(e))
