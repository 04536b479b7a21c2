# s092 - Transform callback(null, null) / callback(null, undefined) push nothing (the stream does not end); callback(null, '') pushes nothing either in byte mode (transform.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform
from node_http_agent.timers import setImmediate


def main():
    def transform(chunk, encoding, callback):
        s = chunk.decode()
        if s == 'null':
            callback(None, None)
        elif s == 'undef':
            callback(None, None)
        elif s == 'empty':
            callback(None, '')
        else:
            callback(None, chunk)

    t = Transform({'transform': transform})
    got = []
    t.on('data', lambda c: got.append(c.decode()))
    t.on('end', lambda: log('end', got))
    for s in ['a', 'null', 'b', 'undef', 'empty', 'c']:
        t.write(s)

    def later():
        log('ended before end()', t.readableEnded, got)
        t.end()
    setImmediate(later)


process.run(main)
