# catalogue 74 - test-event-emitter-check-listener-leaks.js (probe ee-09)
# Node delivers the warning later through process.on('warning'); Python warns synchronously:
# warnings are printed at the end so the trace does not depend on that timing.
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    e = EventEmitter()
    log('default max', EventEmitter.defaultMaxListeners, e.getMaxListeners())
    for _ in range(10):
        e.on('default', lambda: None)
    log('added 10')
    e.on('default', lambda: None)
    e.on('default', lambda: None)
    log('added 12')
ws = [w.message for w in caught if isinstance(w.message, MaxListenersExceededWarning)]
for w in ws:
    log('warning', w.__class__.__name__, w.type, w.count, w.emitter is e)
log('warnings', len(ws))
