# s038 - decodeStrings (default true) turns strings into Buffers with encoding 'buffer'; false keeps strings and their encoding; setDefaultEncoding (test-stream-writable-decoded-encoding.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable


def desc(c):
    return 'buf ' + bytes(c).hex() if isinstance(c, (bytes, bytearray)) else 'str ' + c


def writer(name):
    def write(chunk, encoding, callback):
        log(name, desc(chunk), encoding)
        callback()
    return write


def main():
    a = Writable({'write': writer('a')})
    a.write('hi')
    a.write('hi', 'latin1')
    a.write('6869', 'hex')
    a.write('aGk=', 'base64')
    a.write(b'hi', 'hex')
    b = Writable({'decodeStrings': False, 'write': writer('b')})
    b.write('hi')
    b.write('hi', 'latin1')
    log('setDefaultEncoding returns self', b.setDefaultEncoding('hex') is b)
    b.write('6869')
    b.write(bytearray([1, 2]))
    c = Writable({'defaultEncoding': 'base64', 'write': writer('c')})
    c.write('aGk=')


process.run(main)
