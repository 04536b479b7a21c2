# s005 - objectMode: read(n) returns one object whatever n is, readableLength counts objects, falsy values are data, hwm 16 (test-stream-objectmode-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'objectMode': True, 'read': lambda size: None})
    log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode)
    for v in [0, '', False, {'a': 1}, [1, 2], 'str']:
        log('push', v, r.push(v))
    log('length', r.readableLength)
    log('read(5)', r.read(5), r.readableLength)
    log('read(0)', r.read(0), r.readableLength)
    log('read()', r.read(), r.readableLength)
    log('read(100)', r.read(100), r.readableLength)
    items = []
    while True:
        x = r.read()
        if x is None:
            break
        items.append(x)
    log('rest', items, r.readableLength)
    r2 = Readable({'objectMode': True, 'highWaterMark': 2, 'read': lambda size: None})
    log('hwm2 push', r2.push(1), r2.push(2), r2.push(3), r2.readableLength)


process.run(main)
