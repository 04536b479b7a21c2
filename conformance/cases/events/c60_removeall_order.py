# catalogue 60 - test-event-emitter-remove-all-listeners.js (['foo','bar','removeListener']) (probe ee-11)
from conformance.trace import log
from node_http_agent.events import EventEmitter

ee = EventEmitter()


def noop():
    pass


ee.on('foo', noop)
ee.on('bar', noop)
ee.on('bar', noop)
seen1 = []
seen2 = []


def rl1(name, fn):
    seen1.append(f'{name}/{fn.__name__}')


def rl2(name, fn):
    seen2.append(f'{name}/{fn.__name__}')


ee.on('removeListener', rl1)
ee.on('removeListener', rl2)
log('returns this', ee.removeAllListeners() is ee)
log('rl1 saw', seen1)
log('rl2 saw', seen2)
log('eventNames after', ee.eventNames(), 'foo', len(ee.listeners('foo')), 'bar', len(ee.listeners('bar')))
