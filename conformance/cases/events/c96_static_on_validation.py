# catalogue 96 - test-events-on-async-iterator.js (invalid watermarks, signal) (probe ee-15)
from conformance.trace import log
from node_http_agent.events import EventEmitter, on

ee = EventEmitter()
for label, opts in [
    ('highWaterMark 0', {'highWaterMark': 0}),
    ('highWaterMark 1.5', {'highWaterMark': 1.5}),
    ('highWaterMark "x"', {'highWaterMark': 'x'}),
    ('lowWaterMark 0', {'lowWaterMark': 0}),
    ('signal "bad"', {'signal': 'bad'}),
]:
    try:
        on(ee, 'foo', opts)
        log(label, 'accepted')
    except Exception as e:
        log(label, getattr(e, 'code', None), str(e), 'TypeError', isinstance(e, TypeError),
            'RangeError', isinstance(e, ValueError))
log('listeners attached by failed calls', ee.listenerCount('foo'))
