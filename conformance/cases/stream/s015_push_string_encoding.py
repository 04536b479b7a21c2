# s015 - push(string, encoding) converts to bytes; encoding option; a string pushed to a stream with an encoding stays a string (test-stream-readable-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def show(c):
    return ['buf', list(c)] if isinstance(c, bytes) else ['str', c]


def main():
    r = Readable({'read': lambda size: None})
    r.push('616263', 'hex')
    r.push('héllo')
    r.push('aGk=', 'base64')
    log('length', r.readableLength)
    log(show(r.read(3)), show(r.read()))
    e = Readable({'encoding': 'utf8', 'read': lambda size: None})
    log('encoding option', e.readableEncoding)
    e.push('abc')
    e.push('é'.encode())
    e.push('ff', 'hex')
    log('read', show(e.read()))
    l = Readable({'encoding': 'latin1', 'read': lambda size: None})
    l.push(bytes([0xe9, 0x41]))
    log('latin1', show(l.read()))


process.run(main)
