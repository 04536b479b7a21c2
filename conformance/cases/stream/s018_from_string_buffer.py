# s018 - Readable.from(string) and from(Buffer) emit the whole value as one chunk, not per character (test-readable-from.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    s = Readable.from_('hello')
    got = []
    s.on('data', lambda c: got.append(c))

    def on_end():
        log('string', got, s.readableObjectMode)
        b = Readable.from_(b'bytes')
        out = []
        b.on('data', lambda c: out.append(c.decode() if isinstance(c, bytes) else 'not a buffer'))
        b.on('end', lambda: log('buffer', out))
    s.on('end', on_end)
    try:
        Readable.from_(42)
    except Exception as e:
        log('not iterable', e.code, str(e))


process.run(main)
