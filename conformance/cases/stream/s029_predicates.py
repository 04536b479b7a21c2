# s029 - stream.isReadable / isErrored / isDisturbed through a stream's life (test-stream-readable-didRead.js, test-stream-is-*.js)
from conformance.trace import log
from node_http_agent import process, stream
from node_http_agent.stream import Readable


def show(name, r):
    log(name, stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), getattr(r, 'readableDidRead', None))


def main():
    a = Readable({'read': lambda size: None})
    show('fresh', a)
    a.push(b'x')
    a.read()
    show('after read', a)
    b = Readable({'read': lambda size: None})
    b.on('data', lambda *a: None)
    show('data listener', b)
    b.on('error', lambda *a: None)
    b.destroy(Exception('x'))
    show('errored', b)
    c = Readable({'read': lambda size: None})
    c.destroy()
    show('destroyed', c)
    d = Readable({'read': lambda size: None})
    d.push(None)
    d.resume()
    d.on('end', lambda: show('ended', d))
    show('plain object', {'read': lambda: None})


process.run(main)
