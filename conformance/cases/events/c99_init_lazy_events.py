# catalogue 99 - test-event-emitter-subclass.js (init before/without the constructor): an emitter used before its constructor ran (Node creates _events lazily) and EventEmitter.call(this) keeping listeners already added; methods borrowed onto a plain object
from conformance.trace import log
from node_http_agent.events import EventEmitter


class Old(EventEmitter):
    def __init__(self):
        self.on('early', lambda: log('early listener ran'))
        EventEmitter.__init__(self)
        self.on('late', lambda: log('late listener ran'))


o = Old()
log('names', o.eventNames())
o.emit('early')
o.emit('late')

bare = EventEmitter.__new__(EventEmitter)
log('emit before init', bare.emit('x'), bare.listenerCount('x'), bare.eventNames())
bare.once('x', lambda v: log('once on bare', v))
log('count', bare.listenerCount('x'))
bare.emit('x', 1)
bare.emit('x', 2)


class Plain:
    pass


plain = Plain()
on, emit, removeListener, listeners = (EventEmitter.on, EventEmitter.emit,
                                       EventEmitter.removeListener, EventEmitter.listeners)


def fn(v):
    log('plain got', v)


on(plain, 'y', fn)
log('plain emit', emit(plain, 'y', 'v'))
log('plain listeners', len(listeners(plain, 'y')))
removeListener(plain, 'y', fn)
log('plain after removal', len(listeners(plain, 'y')), emit(plain, 'y', 'w'))
