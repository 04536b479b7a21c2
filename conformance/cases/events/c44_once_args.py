# catalogue 44 - test-event-emitter-once.js (the 0-4+ argument code paths)
from conformance.trace import log
from node_http_agent.events import EventEmitter

maxArgs = 4
for i in range(maxArgs + 1):
    ee = EventEmitter()
    args = ['foo']
    for j in range(i):
        args.append(j)
    ee.once('foo', lambda *params, i=i: log('emitted', i, 'args, got', list(params)))
    EventEmitter.emit(ee, *args)
