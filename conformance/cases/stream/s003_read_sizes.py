# s003 - read(n): less than buffered splits a chunk, more than buffered returns null until ended, then the rest (test-stream-readable-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def show(b):
    return None if b is None else b.decode()


def main():
    r = Readable({'read': lambda size: None})
    r.push(b'abc')
    r.push(b'defg')
    log('length', r.readableLength)
    log('read(2)', show(r.read(2)), r.readableLength)
    log('read(3)', show(r.read(3)), r.readableLength)
    log('read(5)', show(r.read(5)), r.readableLength)
    log('read(1)', show(r.read(1)), r.readableLength)
    r.push(b'hij')
    log('read(10)', show(r.read(10)), r.readableLength)
    r.push(None)
    log('read(10) after push(null)', show(r.read(10)), r.readableLength, r.readableEnded)
    log('read() at eof', show(r.read()))
    r.on('end', lambda: log('end', r.readableEnded))


process.run(main)
