# catalogue 3 - test-event-emitter-remove-listeners.js, test-event-emitter-check-listener-leaks.js (probe ee-17)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def f():
    pass


log('on', ee.on('a', f) is ee)
log('addListener', ee.addListener('a', f) is ee)
log('once', ee.once('a', f) is ee)
log('prependListener', ee.prependListener('a', f) is ee)
log('prependOnceListener', ee.prependOnceListener('a', f) is ee)
log('removeListener', ee.removeListener('a', f) is ee)
log('off', ee.off('a', f) is ee)
log('removeAllListeners(type)', ee.removeAllListeners('a') is ee)
log('removeAllListeners()', ee.removeAllListeners() is ee)
log('setMaxListeners', ee.setMaxListeners(5) is ee)
