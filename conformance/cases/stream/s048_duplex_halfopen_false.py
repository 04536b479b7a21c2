# s048 - Duplex allowHalfOpen: false ends the writable side after the readable side ends; allowHalfOpen true keeps it open (test-stream-duplex-end.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex
from node_http_agent.timers import setImmediate


def make(name, allowHalfOpen):
    def write(chunk, encoding, callback):
        log(name, '_write', chunk.decode())
        callback()

    def final(callback):
        log(name, '_final')
        callback()

    d = Duplex({'allowHalfOpen': allowHalfOpen, 'read': lambda size: None, 'write': write, 'final': final})
    d.on('end', lambda: log(name, 'end', 'writableEnded', d.writableEnded))
    d.on('finish', lambda: log(name, 'finish'))
    d.on('close', lambda: log(name, 'close'))
    log(name, 'allowHalfOpen', d.allowHalfOpen)
    d.push(None)
    d.resume()
    return d


def main():
    make('closed', False)
    open_ = make('open', True)

    def later():
        log('open still writable', open_.writable, open_.writableEnded)
        open_.end('bye')
    setImmediate(later)


process.run(main)
