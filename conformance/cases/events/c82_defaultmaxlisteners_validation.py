# catalogue 82 - test-event-emitter-max-listeners.js (probe ee-08): the defaultMaxListeners setter
import math

from conformance.trace import log
from node_http_agent.events import EventEmitter


def show(label, fn):
    try:
        fn()
        log(label, 'ok', EventEmitter.defaultMaxListeners)
    except Exception as e:
        log(label, getattr(e, 'code', None), str(e), 'TypeError', isinstance(e, TypeError),
            'RangeError', isinstance(e, ValueError))


def setter(v):
    def set_default():
        EventEmitter.defaultMaxListeners = v
    return set_default


show('-1', setter(-1))
show('NaN', setter(math.nan))
show('"x"', setter('x'))
show('null', setter(None))
show('5', setter(5))
show('0', setter(0))
show('10', setter(10))
