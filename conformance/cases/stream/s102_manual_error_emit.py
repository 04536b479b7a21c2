# s102 - emitting 'error' by hand does not destroy a stream (only destroy()/errorOrDestroy do); errored stays null (test-stream-readable-error-end.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})
    r.on('error', lambda e: log('error', str(e)))
    r.emit('error', Exception('by hand'))
    log('after emit', r.destroyed, r.errored, r.readable)
    r.push('still works')
    log('read', r.read().decode())


process.run(main)
