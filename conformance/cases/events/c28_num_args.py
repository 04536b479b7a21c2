# catalogue 28 - test-event-emitter-num-args.js (probe ee-21)
from conformance.trace import log
from node_http_agent.events import EventEmitter

e = EventEmitter()
numArgs = []
e.on('numArgs', lambda *args: numArgs.append(len(args)))
e.on('foo', lambda *args: numArgs.append(len(args)))
e.on('foo', lambda *args: numArgs.append(len(args)))
e.emit('numArgs')
e.emit('numArgs', None)
e.emit('numArgs', None, None)
e.emit('numArgs', None, None, None)
e.emit('numArgs', None, None, None, None)
e.emit('numArgs', None, None, None, None, None)
e.emit('numArgs', 1, 2, 3, 4, 5, 6, 7)
e.emit('foo')
e.emit('foo', None, None, None)
log('counts', numArgs)
obj = {'a': 1}
arr = [1, 2]
e.on('values', lambda a, b, c, d, f: log('same objects', a is obj, b is arr, 'values', c, d, f))
e.emit('values', obj, arr, 'x', None, 2.5)
