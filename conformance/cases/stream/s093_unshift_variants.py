# s093 - unshift with a string and encoding, in objectMode, with setEncoding (decoded back to a string); unshift of an empty chunk (test-stream-readable-unshift.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def show(c):
    return ['buf', c.decode()] if isinstance(c, bytes) else ['val', c]


def main():
    a = Readable({'read': lambda size: None})
    a.push('end')
    a.unshift('6d6964', 'hex')
    a.unshift('start-')
    log('a', show(a.read()))
    o = Readable({'objectMode': True, 'read': lambda size: None})
    o.push(2)
    o.unshift(1)
    o.unshift({'zero': 0})
    log('o', o.read(), o.read(), o.read(), o.readableLength)
    e = Readable({'encoding': 'utf8', 'read': lambda size: None})
    e.push('tail')
    e.unshift('héad-'.encode())
    log('e', show(e.read()))
    z = Readable({'read': lambda size: None})
    log('unshift empty', z.unshift(bytes(0)), z.readableLength)


process.run(main)
