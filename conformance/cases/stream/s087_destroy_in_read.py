# s087 - destroy() called from inside _read: no more _read calls, 'close' without 'end', read() returns null (test-stream-readable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    calls = 0

    def read(size):
        nonlocal calls
        calls += 1
        r.push('x')
        r.destroy()

    r = Readable({'read': read})
    r.on('data', lambda c: log('data', c.decode()))
    r.on('end', lambda: log('end (unexpected)'))
    r.on('close', lambda: log('close', calls, r.readableLength))


process.run(main)
