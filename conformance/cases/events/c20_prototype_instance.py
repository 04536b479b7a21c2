# catalogue 20 - test-event-emitter-subclass.js
# conformance: deviation=Proto.prototype = new EventEmitter() is a JS prototype trick with no Python counterpart (Python subclasses share no instance state).
from conformance.trace import log
from node_http_agent.events import EventEmitter


class MyEE2(EventEmitter):
    pass


ee1 = MyEE2()
ee2 = MyEE2()
ee1.on('x', lambda: None)
log('ee2 x count', ee2.listenerCount('x'), 'ee1 x count', ee1.listenerCount('x'))
