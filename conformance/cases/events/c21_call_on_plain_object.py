# catalogue 21 - test-event-emitter-get-max-listeners.js
# conformance: deviation=EventEmitter.prototype.on.call(plainObject) applies a method to a non-emitter `this`; Python methods are not applied to foreign objects.
from conformance.trace import log
from node_http_agent.events import EventEmitter


class Obj:
    pass


obj = Obj()
EventEmitter.on(obj, 'foo', lambda: None)
EventEmitter.on(obj, 'foo', lambda: None)
log('no throw; listenerCount', EventEmitter.listenerCount(obj, 'foo'))
