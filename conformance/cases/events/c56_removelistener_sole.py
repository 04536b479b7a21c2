# catalogue 56 - (no Node test) probe ee-02
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def rl(*args):
    log('SHOULD NOT PRINT (sole removeListener listener removing itself)')


ee.on('other', lambda: None)
ee.on('removeListener', rl)
ee.removeListener('removeListener', rl)
log('after removing the sole removeListener listener; eventNames', ee.eventNames())

ee = EventEmitter()


def rl1(ev, fn):
    log('rl1 saw removal of', ev, fn.__name__)


def rl2(ev, fn):
    log('rl2 saw removal of', ev, fn.__name__)


ee.on('removeListener', rl1)
ee.on('removeListener', rl2)
ee.removeListener('removeListener', rl2)
ee.removeListener('removeListener', rl1)
log('done; eventNames', ee.eventNames())
