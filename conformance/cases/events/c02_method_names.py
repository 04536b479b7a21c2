# catalogue 2 - test-event-emitter-method-names.js (on/off are aliases, left out)
from conformance.trace import log
from node_http_agent.events import EventEmitter

names = ['addListener', 'emit', 'eventNames', 'getMaxListeners', 'listenerCount',
         'listeners', 'once', 'prependListener', 'prependOnceListener', 'rawListeners',
         'removeAllListeners', 'removeListener', 'setMaxListeners']
for name in names:
    log(name, getattr(EventEmitter, name).__name__)
