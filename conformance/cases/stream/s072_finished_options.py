# s072 - finished() options: {readable:false} on a Duplex waits only for finish, {writable:false} only for end; the returned cleanup removes the listeners (test-stream-finished.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex, Readable, finished
from node_http_agent.timers import setImmediate


def duplex():
    return Duplex({'read': lambda size: None, 'write': lambda chunk, encoding, callback: callback()})


def main():
    d1 = duplex()
    finished(d1, {'readable': False}, lambda err=None: log('d1 writable side done', err, 'readableEnded', d1.readableEnded))
    d1.end('x')
    d2 = duplex()
    finished(d2, {'writable': False}, lambda err=None: log('d2 readable side done', err, 'writableEnded', d2.writableEnded))
    d2.push(None)
    d2.resume()
    d3 = duplex()
    finished(d3, lambda err=None: log('d3 both done', err))
    d3.end()

    def later():
        log('d3 after end only')
        d3.push(None)
        d3.resume()
    setImmediate(later)
    r = Readable({'read': lambda size: None})
    before = r.listenerCount('end')
    cleanup = finished(r, lambda *a: log('r callback (unexpected)'))
    log('listeners added', r.listenerCount('end') - before, 'cleanup is a function', callable(cleanup))
    cleanup()
    log('after cleanup', r.listenerCount('end') - before)
    r.destroy()


process.run(main)
