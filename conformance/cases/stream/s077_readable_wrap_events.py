# s077 - Readable event order for a full life: 'resume', 'data'..., 'end', 'close'; listenerCount of internal listeners unaffected by user listeners (test-stream-readable-event.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})
    events = []
    orig = r.emit

    def emit(name, *args):
        if name != 'newListener' and name != 'removeListener':
            events.append(name)
        return orig(name, *args)
    r.emit = emit
    r.on('data', lambda *a: None)
    r.on('end', lambda *a: None)
    r.push('a')
    r.push('b')
    r.push(None)
    r.on('close', lambda: log('events', events))


process.run(main)
