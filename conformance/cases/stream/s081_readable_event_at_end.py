# s081 - 'readable' is emitted at EOF too, and read() then returns null; readableLength 0 (test-stream-readable-emittedReadable.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    r = Readable({'read': lambda size: None})
    n = 0

    def on_readable():
        nonlocal n
        n += 1
        c = r.read()
        log('readable', n, None if c is None else c.decode(), 'ended', r.readableEnded, r._readableState.ended)
    r.on('readable', on_readable)
    r.on('end', lambda: log('end', n))
    r.push('only')
    setImmediate(lambda: r.push(None))


process.run(main)
