# s022 - Readable destroy(): 'close' without 'end', destroyed/closed/errored props, destroy twice, destroy(err) -> 'error' then 'close' (test-stream-readable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    a = Readable({'read': lambda size: None})
    a.on('end', lambda: log('a end'))
    a.on('close', lambda: log('a close', a.destroyed, a.closed))
    log('destroy returns self', a.destroy() is a, a.destroyed, a.closed)
    a.destroy()
    b = Readable({'read': lambda size: None})
    err = Exception('boom')
    b.on('error', lambda e: log('b error', e is err, b.errored is err, b.closed))
    b.on('close', lambda: log('b close', b.closed, b.errored is err))
    b.destroy(err)
    b.destroy(Exception('second'))
    log('b sync', b.destroyed, b.errored is err, b.readableAborted)


process.run(main)
