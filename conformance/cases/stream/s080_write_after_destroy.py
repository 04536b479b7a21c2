# s080 - write()/end() after destroy(): ERR_STREAM_DESTROYED to the callback, no 'error' event; push() after destroy returns false (test-stream-writable-destroy.js, test-stream-readable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def main():
    w = Writable({'write': lambda chunk, encoding, callback: callback()})
    w.on('error', lambda e: log('error event (unexpected)', e.code))
    w.destroy()
    log('write returns', w.write('x', lambda err: log('write cb', err.code, str(err))))
    w.end(lambda err: log('end cb', err.code, str(err)))
    r = Readable({'read': lambda size: None})
    r.destroy()
    log('push after destroy', r.push('x'), r.readableLength)
    log('read after destroy', r.read())


process.run(main)
