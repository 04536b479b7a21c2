# catalogue 76 - test-event-emitter-check-listener-leaks.js, test-event-emitter-add-listeners.js (probe ee-08)
import math
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    zero = EventEmitter()
    zero.setMaxListeners(0)
    for _ in range(50):
        zero.on('x', lambda: None)
    inf = EventEmitter()
    inf.setMaxListeners(math.inf)
    for _ in range(50):
        inf.on('x', lambda: None)
    log('getMaxListeners', zero.getMaxListeners(), inf.getMaxListeners() == math.inf)
    frac = EventEmitter()
    frac.setMaxListeners(1.5)
    frac.on('y', lambda: None)
    frac.on('y', lambda: None)
    log('1.5: the 2nd listener is over the limit')
    frac.on('y', lambda: None)
ws = [w.message for w in caught if isinstance(w.message, MaxListenersExceededWarning)]
for w in ws:
    log('warning', w.type, w.count)
log('warnings', len(ws))
