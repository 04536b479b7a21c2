# catalogue 4, 5 - test-event-emitter-invalid-listener.js (probe ee-07)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
methods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
           'removeListener', 'off']
for m in methods:
    try:
        getattr(ee, m)('foo', None)
        log(m, 'did not throw')
    except Exception as e:
        log(m, e.code, str(e), 'TypeError', isinstance(e, TypeError))
log('eventNames', ee.eventNames())
