# s010 - 'end' is emitted only after the data is consumed; readableEnded/endEmitted timing; end -> close order with autoDestroy (test-stream-readable-ended.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({'read': lambda size: None})
    r.push(b'data')
    r.push(None)
    r.on('end', lambda: log('end', r.readableEnded, r.destroyed))
    r.on('close', lambda: log('close', r.destroyed, r.closed))

    def later():
        log('nothing consumed', r.readableEnded, r.readableLength)
        log('read', r.read().decode())
        log('after read', r.readableEnded)
        process.nextTick(lambda: log('tick', r.readableEnded))
    setImmediate(later)


process.run(main)
