# catalogue 36, 37 - test-event-emitter-emit-context.js (probe ee-17)
# conformance: deviation=EventEmitter.prototype.emit.call(otherObject) applies a method to a non-emitter `this`; not expressible for Python methods.
from conformance.trace import log
from node_http_agent.events import EventEmitter


class Obj:
    pass


log('emit.call({}, foo)', EventEmitter.emit(Obj(), 'foo'))
