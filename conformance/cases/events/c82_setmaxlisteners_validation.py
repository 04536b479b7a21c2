# catalogue 82 - test-event-emitter-max-listeners.js (probe ee-08)
import math

from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def show(label, fn):
    try:
        r = fn()
        log(label, 'ok', 'returns this' if r is ee else r)
    except Exception as e:
        log(label, getattr(e, 'code', None), str(e), 'TypeError', isinstance(e, TypeError),
            'RangeError', isinstance(e, ValueError))


show('-1', lambda: ee.setMaxListeners(-1))
show('NaN', lambda: ee.setMaxListeners(math.nan))
show('-Infinity', lambda: ee.setMaxListeners(-math.inf))
show('"x"', lambda: ee.setMaxListeners('x'))
show('null', lambda: ee.setMaxListeners(None))
show('{}', lambda: ee.setMaxListeners({}))
show('true', lambda: ee.setMaxListeners(True))
show('no argument', lambda: ee.setMaxListeners())
show('1.5', lambda: ee.setMaxListeners(1.5))
show('0', lambda: ee.setMaxListeners(0))
show('Infinity', lambda: ee.setMaxListeners(math.inf))
show('7', lambda: ee.setMaxListeners(7))
log('getMaxListeners', ee.getMaxListeners())
