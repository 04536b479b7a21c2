# catalogue 19 - test-event-emitter-subclass.js (probe ee-19)
# conformance: deviation=Calling methods before EventEmitter.call(this) relies on JS prototype tricks (_events on the prototype, init keeping it); a Python subclass calls super().__init__() first.
from conformance.trace import log
from node_http_agent.events import EventEmitter


class Legacy(EventEmitter):
    def __init__(self):
        self.on('early', lambda: log('early listener works'))
        self.emit('early')
        EventEmitter.__init__(self)


lg = Legacy()
log('listeners survive init', lg.listenerCount('early'))
