# s037 - end() while corked flushes through _writev, then 'finish'; writev callback error goes to every write callback (test-stream-writev.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        callback()

    def writev(chunks, callback):
        log('_writev', len(chunks), [c['chunk'].decode() for c in chunks], [c['encoding'] for c in chunks])
        callback()

    w = Writable({'write': write, 'writev': writev})
    w.cork()
    w.write('1', lambda *a: log('cb 1'))
    w.write('2', lambda *a: log('cb 2'))
    w.end('3', lambda *a: log('end cb'))
    log('corked after end', w.writableCorked)
    w.on('finish', lambda: log('finish'))
    e = Writable({'writev': lambda chunks, callback: callback(Exception('writev failed'))})
    e.on('error', lambda err: log('e error', str(err)))
    e.on('close', lambda: log('e close'))
    e.cork()
    e.write('a', lambda err=None: log('e cb a', err and str(err)))
    e.write('b', lambda err=None: log('e cb b', err and str(err)))
    e.uncork()


process.run(main)
