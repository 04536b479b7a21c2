# s019 - for await over a Readable: chunks in order, readableEnded/destroyed afterwards, a second iteration of an ended stream yields nothing (test-stream-readable-async-iterators.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


async def main():
    n = 0

    def read(size):
        nonlocal n
        n += 1
        r.push(('c' + str(n)).encode() if n <= 3 else None)

    r = Readable({'read': read})
    got = []
    async for c in r:
        got.append(c.decode())
    log('got', got, 'ended', r.readableEnded, 'destroyed', r.destroyed)
    again = []
    async for c in r:
        again.append(c)
    log('again', again)
    o = Readable({'objectMode': True, 'read': lambda size: None})
    o.push('x')
    o.push(0)
    o.push(None)
    vals = []
    async for v in o:
        vals.append(v)
    log('objects', vals)


process.run(main)
