# s103 - Duplex highWaterMark applies to both sides; readableHighWaterMark/writableHighWaterMark override it; objectMode with highWaterMark (test-stream-duplex-readable-writable.js, test-streams-highwatermark.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex, Transform


def hw(o):
    d = Duplex(o)
    return [d.readableHighWaterMark, d.writableHighWaterMark]


def main():
    log('highWaterMark 5', hw({'highWaterMark': 5}))
    log('readable override', hw({'highWaterMark': 5, 'readableHighWaterMark': 9}))
    log('writable override', hw({'highWaterMark': 5, 'writableHighWaterMark': 2}))
    log('objectMode + hwm', hw({'objectMode': True, 'highWaterMark': 3}))
    log('readableObjectMode only', hw({'readableObjectMode': True}))
    t = Transform({'highWaterMark': 1})
    log('transform', t.readableHighWaterMark, t.writableHighWaterMark)


process.run(main)
