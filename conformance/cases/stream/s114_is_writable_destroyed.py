# s114 - stream.isWritable and stream.isDestroyed through a Writable's and a Duplex's life (utils.js)
from conformance.trace import log
from node_http_agent import process, stream
from node_http_agent.stream import Duplex, Writable


def show(when, s):
    log(when, stream.isWritable(s), stream.isDestroyed(s), stream.isReadable(s))


def main():
    w = Writable({'write': lambda c, e, cb: cb()})
    show('fresh writable', w)
    w.end()
    show('ended writable', w)
    w.on('close', lambda: show('closed writable', w))
    d = Duplex({'read': lambda size: None, 'write': lambda c, e, cb: cb()})
    show('fresh duplex', d)
    d.destroy()
    show('destroyed duplex', d)
    log('non-streams', stream.isWritable({}), stream.isDestroyed({}), stream.isReadable(None))


process.run(main)
