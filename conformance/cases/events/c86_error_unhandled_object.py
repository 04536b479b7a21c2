# catalogue 86 - test-event-emitter-errors.js (probe ee-06): util.inspect of objects in the message
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


class MyErr:
    pass


for v in [{'message': 'Error!'}, [1, 'a'], {}, MyErr()]:
    try:
        ee.emit('error', v)
    except Exception as e:
        log(e.code, str(e), 'context is the value', e.context is v)
