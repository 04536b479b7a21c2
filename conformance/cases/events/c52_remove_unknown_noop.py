# catalogue 52 - test-event-emitter-remove-listeners.js (probe ee-02)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def a():
    pass


def notThere():
    pass


ee.on('hello', a)
ee.on('removeListener', lambda ev, fn: log('removeListener', ev, fn.__name__))
log('unknown fn returns this', ee.removeListener('hello', notThere) is ee)
log('unknown event returns this', ee.removeListener('nope', a) is ee)
log('off unknown returns this', ee.off('nope', notThere) is ee)
log('hello still', ee.listenerCount('hello'))
fresh = EventEmitter()
log('fresh emitter removeListener returns this', fresh.removeListener('x', a) is fresh, 'eventNames', fresh.eventNames())
