# catalogue 81 - test-event-emitter-max-listeners-warning.js (probe ee-09)
# conformance: deviation=Node delivers the leak warning later via process.emitWarning/'warning'; Python issues it synchronously through warnings.warn (API.md), inside the on() call.
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    e = EventEmitter()
    e.setMaxListeners(1)
    e.on('x', lambda: None)
    e.on('x', lambda: None)
    for w in caught:
        log('warning event', w.message.count)
    log('sync code after the 2nd listener')
