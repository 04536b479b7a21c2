# s049 - Duplex: readableObjectMode/writableObjectMode, readableHighWaterMark/writableHighWaterMark, readable:false / writable:false options (test-stream-duplex-readable-writable.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex


def main():
    d = Duplex({
        'readableObjectMode': True,
        'writableHighWaterMark': 3,
        'readableHighWaterMark': 7,
        'read': lambda size: None,
        'write': lambda chunk, encoding, callback: callback(),
    })
    log('modes', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark)
    log('flags', d.readable, d.writable)
    both = Duplex({'objectMode': True, 'read': lambda size: None, 'write': lambda c, e, cb: cb()})
    log('objectMode both', both.readableObjectMode, both.writableObjectMode, both.readableHighWaterMark,
        both.writableHighWaterMark)
    ro = Duplex({'writable': False, 'read': lambda size: None})
    log('writable false', ro.readable, ro.writable, ro.writableEnded, ro.writableFinished)
    ro.on('error', lambda e: log('ro error', e.code))
    ro.write('x', lambda err: log('ro write cb', err.code))
    wo = Duplex({'readable': False, 'write': lambda c, e, cb: cb()})
    log('readable false', wo.readable, wo.writable, wo.readableEnded)


process.run(main)
