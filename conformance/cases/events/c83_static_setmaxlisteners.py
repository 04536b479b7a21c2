# catalogue 83 - test-event-emitter-max-listeners.js, test-events-getmaxlisteners.js (probes ee-08, ee-16)
from conformance.trace import log
from node_http_agent.events import EventEmitter, getMaxListeners, setMaxListeners

a = EventEmitter()
b = EventEmitter()
log('getMaxListeners(a)', getMaxListeners(a))
setMaxListeners(7)
log('no targets sets the default', EventEmitter.defaultMaxListeners, 'a sees', getMaxListeners(a))
setMaxListeners(2, a, b)
log('targets', a.getMaxListeners(), b.getMaxListeners(), 'default still', EventEmitter.defaultMaxListeners)
setMaxListeners()
log('no arguments resets the default to', EventEmitter.defaultMaxListeners)
for label, fn in [
    ('setMaxListeners(-1)', lambda: setMaxListeners(-1)),
    ('setMaxListeners(5, "bad")', lambda: setMaxListeners(5, 'bad')),
    ('setMaxListeners(5, a, {})', lambda: setMaxListeners(5, a, {})),
    ('getMaxListeners("bad")', lambda: getMaxListeners('bad')),
]:
    try:
        fn()
        log(label, 'ok')
    except Exception as e:
        log(label, getattr(e, 'code', None), str(e))
EventEmitter.defaultMaxListeners = 10
