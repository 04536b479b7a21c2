# s074 - finished() on a stream that already ended/finished/errored calls back on a later tick (test-stream-finished.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable, finished


def main():
    r = Readable({'read': lambda size: None})
    r.push(None)
    r.resume()

    def r_close():
        sync = True
        finished(r, lambda err=None: log('ended+closed readable', err, 'sync', sync))
        sync = False
    r.on('close', r_close)
    w = Writable({'write': lambda c, e, cb: cb()})
    w.end()

    def w_close():
        sync = True
        finished(w, lambda err=None: log('finished+closed writable', err, 'sync', sync))
        sync = False
    w.on('close', w_close)
    x = Readable({'read': lambda size: None})
    x.on('error', lambda *a: None)
    x.destroy(Exception('early'))
    x.on('close', lambda: finished(x, lambda err=None: log('errored readable', err and str(err))))


process.run(main)
