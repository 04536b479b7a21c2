# catalogue 78 - test-event-emitter-max-listeners-warning.js (probe ee-09)
# Printed after a tick: Node's 'warning' event is asynchronous, Python's warnings.warn synchronous.
import warnings

from conformance.trace import log
from node_http_agent import events


class FakeInput(events.EventEmitter):
    pass


e = FakeInput()
e.setMaxListeners(1)
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    e.on('event-type', lambda: None)
    e.on('event-type', lambda: None)
    e.on('event-type', lambda: None)
log('warnings', len(seen))
for rec in seen:
    w = rec.message
    log('name', w.__class__.__name__)
    log('message', str(w))
    log('type', w.type, 'count', w.count, 'emitter', w.emitter is e, 'is an error', isinstance(w, Exception))
