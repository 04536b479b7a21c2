# s051 - Transform: transform pushes, callback(null, data) pushes too, _flush pushes a trailer before 'end'; event order prefinish/finish/end (test-stream2-transform.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform


def main():
    def transform(chunk, encoding, callback):
        log('_transform', chunk.decode(), encoding)
        if chunk.decode() == 'b':
            t.push(b'B1')
            t.push(b'B2')
            callback()
        else:
            callback(None, chunk.decode().upper().encode())

    def flush(callback):
        log('_flush')
        callback(None, b'TRAILER')

    t = Transform({'transform': transform, 'flush': flush})
    for ev in ['prefinish', 'finish', 'end', 'close']:
        t.on(ev, lambda *a, ev=ev: log('event', ev))
    t.on('data', lambda c: log('data', c.decode()))
    t.write('a')
    t.write('b')
    t.end('c')


process.run(main)
