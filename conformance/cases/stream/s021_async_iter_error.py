# s021 - a stream destroyed with an error during for await makes the loop throw that error after the buffered chunks (test-stream-readable-async-iterators.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


async def main():
    r = Readable({'objectMode': True, 'read': lambda size: None})
    r.push('a')

    def later():
        r.push('b')
        r.destroy(Exception('kaboom'))
    setImmediate(later)
    got = []
    try:
        async for v in r:
            got.append(v)
        log('no error')
    except Exception as e:
        log('caught', str(e), got, r.destroyed)
    d = Readable({'read': lambda size: None})
    d.destroy()
    try:
        async for v in d:
            log('value', v)
        log('destroyed without error: loop ends')
    except Exception as e:
        log('destroyed without error: caught', e.code, str(e))


process.run(main)
