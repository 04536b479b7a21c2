# catalogue 57 - test-event-emitter-remove-listeners.js
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def remove1():
    log('remove1 should not have been called')


def remove2():
    log('remove2 should not have been called')


def on_remove(name, cb):
    log('removeListener', name, cb.__name__)
    if cb is not remove1:
        return
    ee.removeListener('quux', remove2)
    log('re-entrant emit quux returns', ee.emit('quux'))


ee.on('removeListener', on_remove)
ee.on('quux', remove1)
ee.on('quux', remove2)
ee.removeListener('quux', remove1)
log('quux left', ee.listenerCount('quux'), 'eventNames', ee.eventNames())
