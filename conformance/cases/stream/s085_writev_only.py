# s085 - a Writable with only writev: a single uncorked write goes to _writev with one entry; buffered writes during a pending writev are batched (test-stream-writev.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    def writev(chunks, callback):
        log('_writev', [c['chunk'].decode() for c in chunks])
        setImmediate(callback)

    w = Writable({'writev': writev})
    w.write('a')
    w.write('b')
    w.write('c')
    w.end('d')
    w.on('finish', lambda: log('finish'))


process.run(main)
