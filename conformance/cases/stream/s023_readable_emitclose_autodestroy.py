# s023 - emitClose: false suppresses 'close'; autoDestroy: false leaves the stream undestroyed after 'end' (test-stream-readable-emit-close.js, test-stream-auto-destroy.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def main():
    a = Readable({'emitClose': False, 'read': lambda size: None})
    a.on('close', lambda: log('a close (unexpected)'))
    a.destroy()
    log('a destroyed', a.destroyed)
    b = Readable({'autoDestroy': False, 'read': lambda size: None})

    def b_end():
        log('b end', b.destroyed)

        def later():
            log('b later', b.destroyed, b.closed)
            b.destroy()
        setImmediate(later)
    b.on('end', b_end)
    b.on('close', lambda: log('b close', b.destroyed))
    b.push(None)
    b.resume()
    c = Readable({'read': lambda size: None})
    c.on('end', lambda: log('c end', c.destroyed))
    c.on('close', lambda: log('c close', c.destroyed))
    c.push(None)
    c.resume()


process.run(main)
