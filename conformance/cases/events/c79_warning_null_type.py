# catalogue 79 - test-event-emitter-max-listeners-warning-for-null.js (probe ee-09)
# Printed after a tick: Node's 'warning' event is asynchronous, Python's warnings.warn synchronous.
import warnings

from conformance.trace import log
from node_http_agent import events

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    e = events.EventEmitter()
    e.setMaxListeners(1)
    e.on(None, lambda: None)
    e.on(None, lambda: None)
for w in seen:
    log(str(w.message), 'count', w.message.count)
