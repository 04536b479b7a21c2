# s016 - Readable.from(array): objectMode by default, one item per read, ends; objectMode false option (test-readable-from.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable.from_([1, 'two', {'three': 3}])
    log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark)
    got = []
    r.on('data', lambda c: got.append(c))
    r.on('end', lambda: log('end', got))
    r.on('close', lambda: log('close'))
    b = Readable.from_([b'ab', b'cd'], {'objectMode': False})
    log('b objectMode', b.readableObjectMode)
    parts = []
    b.on('data', lambda c: parts.append(c.decode()))
    b.on('end', lambda: log('b end', parts))


process.run(main)
