# catalogue 13 - test-event-emitter-add-listeners.js ([listen2, listen1]) (probes ee-01, ee-18)
from conformance.trace import log
from node_http_agent.events import EventEmitter


def listen1():
    pass


def listen2():
    pass


ee = EventEmitter()


def outer(*args):
    log('outer: hello count', len(ee.listeners('hello')))
    ee.once('newListener', lambda *a: log('inner: hello count', len(ee.listeners('hello'))))
    ee.on('hello', listen2)


ee.once('newListener', outer)
ee.on('hello', listen1)
log('order', [f.__name__ for f in ee.listeners('hello')])

e2 = EventEmitter()
out = []


def on_new(ev, *rest):
    if ev == 'event':
        e2.on('event', lambda: out.append('B'))


e2.once('newListener', on_new)
e2.on('event', lambda: out.append('A'))
e2.emit('event')
log('emit order', ''.join(out))
