# s113 - destroy(err, cb): the callback gets the error first, then 'error' and 'close' are still emitted; destroy(null, cb) on an already destroyed stream (destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})
    r.on('error', lambda e: log('error event', str(e)))
    r.on('close', lambda: log('close'))
    r.destroy(Exception('with cb'), lambda err=None: log('destroy cb', err and str(err)))
    r.destroy(None, lambda err=None: log('second destroy cb', err and str(err)))


process.run(main)
