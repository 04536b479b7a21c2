# s030 - read(0) calls _read when below highWaterMark, and not when at it; 'readable' after push from an async _read (test-stream-readable-readable-then-resume.js, test-stream2-read-sync-stack.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    calls = 0

    def read(size):
        nonlocal calls
        calls += 1
        log('_read', calls, size)
        setImmediate(lambda: r.push(b'ab'))

    r = Readable({'highWaterMark': 2, 'read': read})
    log('read(0)', r.read(0), calls)

    def on_readable():
        log('readable', r.readableLength, calls)
        log('read(0) at hwm', r.read(0), calls)
        log('read(1)', r.read(1).decode(), r.readableLength)
        process.nextTick(lambda: log('calls after tick', calls))
    r.once('readable', on_readable)


process.run(main)
