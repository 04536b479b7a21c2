# s047 - end(chunk, encoding, cb), end(cb), end(chunk, cb); writableEnded vs writableFinished timing; 'finish' once (test-stream-writable-end-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def make(name):
    def write(chunk, encoding, callback):
        log(name, '_write', chunk, encoding)
        setImmediate(callback)

    w = Writable({'decodeStrings': False, 'write': write})
    w.on('finish', lambda: log(name, 'finish', w.writableEnded, w.writableFinished))
    return w


def main():
    a = make('a')
    log('a end returns self', a.end('6869', 'hex', lambda *x: log('a end cb')) is a, a.writableEnded, a.writableFinished)
    b = make('b')
    b.end(lambda *x: log('b end cb'))
    c = make('c')
    c.end('last', lambda *x: log('c end cb'))
    c.end()


process.run(main)
