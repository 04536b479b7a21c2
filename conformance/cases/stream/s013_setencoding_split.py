# s013 - setEncoding('utf8') keeps multi-byte characters split across pushes whole; 'data' gets strings; encoding property (test-stream2-set-encoding.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def typeof(c):
    return 'string' if isinstance(c, str) else 'object'


def main():
    euro = '€'.encode()
    face = '😀'.encode()
    pieces = [euro[0:1], euro[1:], b'a' + face[0:2], face[2:3], face[3:] + b'b', bytes([0xe2, 0x82])]
    r = Readable({'read': lambda size: None})
    log('setEncoding returns self', r.setEncoding('utf8') is r)
    log('readableEncoding', r.readableEncoding)
    for p in pieces:
        r.push(p)
    r.push(None)
    r.on('data', lambda c: log('data', typeof(c), [c], len(c.encode())))
    r.on('end', lambda: log('end'))


process.run(main)
