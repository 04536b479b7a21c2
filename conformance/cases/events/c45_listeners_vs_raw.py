# catalogue 45 - test-event-emitter-listeners.js (probe ee-05)
from conformance.trace import log
from node_http_agent.events import EventEmitter


def listener(*args):
    pass


def listener2(*args):
    pass


ee = EventEmitter()
ee.once('foo', listener)
copy = ee.listeners('foo')
log('listeners() unwrapped', len(copy), copy[0] is listener)
copy.append(listener2)
log('mutating the copy changes nothing', len(ee.listeners('foo')), len(copy))

ee = EventEmitter()
ee.on('foo', listener)
raw1 = ee.rawListeners('foo')
log('raw of on()', len(raw1), raw1[0] is listener, 'fresh array', raw1 is not ee.rawListeners('foo'))
ee.once('foo', listener)
raw2 = ee.rawListeners('foo')
log('raw of once()', len(raw2), raw2[0] is listener, raw2[1] is not listener, raw2[1].listener is listener)
ee.emit('foo')
log('old raw array unchanged after emit', len(raw2), raw2[1].listener is listener, 'now', len(ee.rawListeners('foo')))


class TestStream(EventEmitter):
    pass


s = TestStream()
log('subclass listeners', s.listeners('foo'))
