# catalogue 6 - (no Node test) probe ee-07
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
ee.on('newListener', lambda name, *rest: log('newListener', name))
for m in ['on', 'once', 'prependListener', 'prependOnceListener']:
    try:
        getattr(ee, m)('z', 5)
    except Exception as e:
        log(m, 'threw', e.code)
log('z count', ee.listenerCount('z'))
