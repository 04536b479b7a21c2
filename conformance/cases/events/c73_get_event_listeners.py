# catalogue 73 - test-events-static-geteventlisteners.js (probe ee-16)
from conformance.trace import log
from node_http_agent.events import EventEmitter, getEventListeners

emitter = EventEmitter()


def fn1():
    pass


def fn2():
    pass


log('empty', getEventListeners(emitter, 'foo'))
emitter.on('foo', fn1)
emitter.once('foo', fn2)
emitter.on('foo', fn1)
got = getEventListeners(emitter, 'foo')
log('names', [f.__name__ for f in got], 'unwrapped', got[1] is fn2)
log('same as listeners()', len(got) == len(emitter.listeners('foo'))
    and all(f is emitter.listeners('foo')[i] for i, f in enumerate(got)))
for bad in ['bad', 1, {}]:
    try:
        getEventListeners(bad, 'foo')
    except Exception as e:
        log(e.code, str(e), 'TypeError', isinstance(e, TypeError))
