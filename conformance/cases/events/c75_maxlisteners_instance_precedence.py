# catalogue 75, 76 - test-event-emitter-check-listener-leaks.js
# Warnings are printed at the end (Node: async 'warning' event; Python: synchronous warnings.warn).
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    e = EventEmitter()
    for _ in range(11):
        e.on('default', lambda: None)
    e.setMaxListeners(5)
    for _ in range(5):
        e.on('specific', lambda: None)
    log('5 specific added')
    e.on('specific', lambda: None)
    e.setMaxListeners(1)
    e.on('only one', lambda: None)
    e.on('only one', lambda: None)
    e.setMaxListeners(0)
    for _ in range(1000):
        e.on('unlimited', lambda: None)
    log('1000 unlimited added')
for w in [w.message for w in caught if isinstance(w.message, MaxListenersExceededWarning)]:
    log('warning', w.type, w.count, str(w))
