# catalogue 77, 75 - test-event-emitter-check-listener-leaks.js (probe ee-08)
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    old = EventEmitter()
    EventEmitter.defaultMaxListeners = 42
    log('existing emitter sees new default', old.getMaxListeners())
    e = EventEmitter()
    for _ in range(42):
        e.on('fortytwo', lambda: None)
    log('42 added')
    e.on('fortytwo', lambda: None)
    EventEmitter.defaultMaxListeners = 44
    for _ in range(44):
        e.on('fortyfour', lambda: None)
    e.on('fortyfour', lambda: None)
    EventEmitter.defaultMaxListeners = 42
    own = EventEmitter()
    own.setMaxListeners(1)
    own.on('uno', lambda: None)
    own.on('uno', lambda: None)
    log('own max wins', own.getMaxListeners(), 'default', EventEmitter.defaultMaxListeners)
    EventEmitter.defaultMaxListeners = 10
    log('restored', old.getMaxListeners())
for w in [w.message for w in caught if isinstance(w.message, MaxListenersExceededWarning)]:
    log('warning', w.type, w.count)
