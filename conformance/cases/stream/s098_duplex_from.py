# s098 - Duplex.from: an async generator function becomes a Duplex (writes in, yields out); from(array) and from(string) give readables (test-stream-duplex-from.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Duplex


def text(c):
    # chunk.toString(): a Buffer decodes, a string (objectMode chunk) is itself
    return c.decode() if isinstance(c, bytes) else str(c)


def main():
    async def upper(source, options=None):
        async for chunk in source:
            yield text(chunk).upper()

    d = Duplex.from_(upper)
    out = []
    d.on('data', lambda c: out.append(text(c)))

    def on_end():
        log('generator duplex', out, isinstance(d, Duplex))
        a = Duplex.from_(['p', 'q'])
        got = []
        a.on('data', lambda c: got.append(c))

        def a_end():
            log('from array', got, a.readable, a.writable)
            s = Duplex.from_('text')
            s.on('data', lambda c: log('from string', c))
        a.on('end', a_end)
    d.on('end', on_end)
    d.write('ab')
    d.end('cd')


process.run(main)
