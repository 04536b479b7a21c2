# s026 - _destroy(err, cb) that calls cb(otherErr) replaces the error; destroy(err, cb) callback form; errorEmitted once (test-stream-readable-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    def destroy(err, callback):
        log('_destroy got', err and str(err))
        callback(Exception('from _destroy'))

    r = Readable({'read': lambda size: None, 'destroy': destroy})
    r.on('error', lambda e: log('error', str(e), str(r.errored)))
    r.on('close', lambda: log('close'))
    r.destroy(Exception('original'))

    def s_destroy(err, callback):
        log('s _destroy got', err)
        process.nextTick(callback, None)

    s = Readable({'read': lambda size: None, 'destroy': s_destroy})
    s.on('close', lambda: log('s close', s.closed))
    s.destroy()
    log('s sync closed', s.closed, s.destroyed)


process.run(main)
