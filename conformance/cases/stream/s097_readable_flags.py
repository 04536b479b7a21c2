# s097 - Readable flags over its life: readable, readableEnded, readableFlowing, readableLength, readableAborted, readableDidRead, destroyed, closed (test-stream-readable-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})

    def flags(when):
        log(when, r.readable, r.readableEnded, r.readableFlowing, r.readableLength, r.readableAborted,
            r.readableDidRead, r.destroyed, r.closed)
    flags('fresh')
    r.push('abc')
    flags('after push')
    r.push(None)
    flags('after push(null)')
    r.on('end', lambda: flags('end'))
    r.on('close', lambda: flags('close'))
    r.on('data', lambda *a: flags('data'))
    a = Readable({'read': lambda size: None})
    a.push('x')
    a.destroy()
    log('aborted', a.readableAborted, a.readable, a.readableEnded)


process.run(main)
