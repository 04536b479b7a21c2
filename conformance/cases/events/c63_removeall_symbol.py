# catalogue 63 - test-event-emitter-remove-all-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()
symbol = object()


def noop():
    log('noop must not be called')


ee.on(symbol, noop)
ee.on('removeListener', lambda *args: log('removeListener args', len(args), args[0] is symbol, args[1] is noop))
ee.removeAllListeners()
log('eventNames', ee.eventNames())
