# s014 - setEncoding() after bytes are buffered re-decodes the buffer; hex and base64 encodings; readableLength in characters (test-stream-readable-setEncoding-existing-buffers.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})
    r.push(bytes([0xe2, 0x82]))
    r.push(bytes([0xac, 0x41]))
    log('length bytes', r.readableLength)
    r.setEncoding('utf8')
    log('length after setEncoding', r.readableLength, 'encoding', r.readableEncoding)
    log('read', [r.read()])
    h = Readable({'read': lambda size: None})
    h.setEncoding('hex')
    h.push(bytes([1, 2, 255]))
    log('hex', r.readableEncoding, h.readableEncoding, h.readableLength, h.read())
    b = Readable({'read': lambda size: None})
    b.setEncoding('base64')
    b.push(b'ab')
    b.push(b'cd')
    b.push(None)
    out = []
    b.on('data', lambda c: out.append(c))
    b.on('end', lambda: log('base64', out))
    try:
        Readable({'read': lambda size: None}).setEncoding('nope')
    except Exception as e:
        log('bad encoding', e.code, str(e))


process.run(main)
