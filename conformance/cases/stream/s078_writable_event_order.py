# s078 - Writable event order for a full life with a slow write: 'drain', 'prefinish', 'finish', 'close' (test-stream-writable-finish*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    w = Writable({
        'highWaterMark': 1,
        'write': lambda chunk, encoding, callback: setImmediate(callback),
        'final': lambda callback: setImmediate(callback),
    })
    events = []
    orig = w.emit

    def emit(name, *args):
        if name != 'newListener' and name != 'removeListener':
            events.append(name)
        return orig(name, *args)
    w.emit = emit
    w.write('ab')
    w.write('cd')
    w.on('drain', lambda: w.end('ef'))
    w.on('close', lambda: log('events', events))


process.run(main)
