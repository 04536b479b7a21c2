# catalogue 79 - test-event-emitter-max-listeners-warning-for-symbol.js (probe ee-09)
# conformance: deviation=The warning text shows String(symbol), 'Symbol(symbol)'; a user's symbol is a plain object() sentinel in Python, whose str() is not Node's.
import warnings

from conformance.trace import log
from node_http_agent import events

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    e = events.EventEmitter()
    e.setMaxListeners(1)
    s = object()
    e.on(s, lambda: None)
    e.on(s, lambda: None)
for w in seen:
    log(str(w.message), 'type is the symbol', w.message.type is s)
