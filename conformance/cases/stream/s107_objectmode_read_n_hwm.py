# s107 - objectMode read(n) with n above highWaterMark: hwm unchanged? and how many _read calls follow (readable.js read/computeNewHighWaterMark)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    calls = 0

    def read(size):
        nonlocal calls
        calls += 1
        log('_read size', size)

    r = Readable({'objectMode': True, 'highWaterMark': 2, 'read': read})
    r.push('a')
    log('read(50)', r.read(50), 'hwm', r.readableHighWaterMark, 'calls', calls)
    log('read(50) empty', r.read(50), 'hwm', r.readableHighWaterMark, 'calls', calls)


process.run(main)
