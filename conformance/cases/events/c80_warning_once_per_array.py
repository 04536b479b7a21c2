# catalogue 80 - test-event-emitter-max-listeners-warning.js (once) (probe ee-21: again after collapse + regrow)
import warnings

from conformance.trace import log
from node_http_agent.events import EventEmitter, MaxListenersExceededWarning


def a():
    pass


def b():
    pass


def c():
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ee = EventEmitter()
    ee.setMaxListeners(1)
    ee.on('w', a)
    ee.on('w', b)
    ee.on('w', c)
    ee.on('w', lambda: None)
    log('4 added')
    ee.off('w', c)
    ee.off('w', b)
    ee.on('w', lambda: None)
    log('removed 2, added 1')
    ee.off('w', a)
    ee.off('w', lambda: None)
    ee.removeAllListeners('w')
    ee.on('w', a)
    ee.on('w', b)
    log('regrown from empty')
    ee.off('w', b)
    ee.on('w', c)
    log('collapsed to one and regrown')
for w in [w.message for w in caught if isinstance(w.message, MaxListenersExceededWarning)]:
    log('warning', w.type, w.count)
