# catalogue 15 - test-event-emitter-symbols.js (probe ee-10); a Symbol is an object() sentinel in Python
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
foo = object()
calls = 0


def listener():
    global calls
    calls += 1


ee.on(foo, listener)
log('listeners', len(ee.listeners(foo)), ee.listeners(foo)[0] is listener)
log('eventNames holds the symbol', len(ee.eventNames()), ee.eventNames()[0] is foo)
log('emit', ee.emit(foo), 'calls', calls)
ee.removeAllListeners()
log('after removeAllListeners()', len(ee.listeners(foo)))
ee.on(foo, listener)
log('re-added', len(ee.listeners(foo)))
ee.removeListener(foo, listener)
log('after removeListener', len(ee.listeners(foo)), 'emit', ee.emit(foo))
ee.on(foo, listener)
ee.removeAllListeners(foo)
log('after removeAllListeners(sym)', ee.listenerCount(foo), len(ee.eventNames()))
