# catalogue 14 - (no Node test) probe ee-01
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def nl1(ev, fn):
    log('nl1 saw', ev, fn.__name__, 'count', ee.listenerCount(ev))


def nl2(ev, fn):
    log('nl2 saw', ev, fn.__name__)


ee.on('newListener', nl1)
log('added nl1')
ee.on('newListener', nl2)
log('added nl2')


def orig():
    pass


ee.once('foo', orig)


def pre():
    pass


ee.prependListener('foo', pre)
log('foo listeners', [f.__name__ for f in ee.listeners('foo')])
