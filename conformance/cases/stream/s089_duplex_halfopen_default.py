# s089 - Duplex defaults: allowHalfOpen true; readable ends while writable stays open; writing after readable end works; both sides' ended flags (test-stream-duplex-end.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex


def main():
    def write(chunk, encoding, callback):
        log('_write', chunk.decode())
        callback()

    d = Duplex({'read': lambda size: None, 'write': write})
    log('allowHalfOpen', d.allowHalfOpen)

    def on_end():
        log('end', d.readableEnded, d.writableEnded)
        d.write('after read end')
        d.end()
    d.on('end', on_end)
    d.on('finish', lambda: log('finish', d.writableFinished))
    d.on('close', lambda: log('close'))
    d.push(None)
    d.resume()


process.run(main)
