# catalogue 87 - test-event-emitter-errors.js
# conformance: deviation=The fallback text '[object Object]' is JS Object.prototype.toString when util.inspect throws; Python has no util.inspect.custom hook to make the description fail.
from conformance.trace import log
from node_http_agent.events import EventEmitter


class Bad:
    def __repr__(self):
        raise Exception('no inspect')


ee = EventEmitter()
try:
    ee.emit('error', Bad())
except Exception as e:
    log(getattr(e, 'code', None), str(e))
