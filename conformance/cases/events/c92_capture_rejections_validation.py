# catalogue 92 - test-event-capture-rejections.js (param validation, argValidation) (probe ee-13)
import math

from conformance.trace import log
from node_http_agent.events import EventEmitter

for arg in [1, [], {'hello': 42}, {}, math.inf, math.pi, 'meow']:
    try:
        EventEmitter({'captureRejections': arg})
        log('option accepted')
    except Exception as e:
        log('option:', getattr(e, 'code', None), str(e), 'TypeError', isinstance(e, TypeError))
    try:
        EventEmitter.captureRejections = arg
        log('global accepted')
    except Exception as e:
        log('global:', getattr(e, 'code', None), str(e))
for arg in [0, '', None, False]:
    EventEmitter({'captureRejections': arg})
    log('falsy option accepted')
log('global still', EventEmitter.captureRejections)
