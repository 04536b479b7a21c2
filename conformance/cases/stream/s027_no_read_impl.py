# s027 - a Readable without _read emits ERR_METHOD_NOT_IMPLEMENTED when read; a Writable without _write throws from write() (test-stream-readable-no-unneeded-readable.js, _stream_readable)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def main():
    r = Readable()
    r.on('error', lambda e: log('r error', e.code, str(e)))
    r.on('close', lambda: log('r close'))
    r.read()
    w = Writable()
    w.on('error', lambda e: log('w error', e.code, str(e)))
    w.on('close', lambda: log('w close'))
    try:
        w.write(b'x', lambda err: log('write cb', err and err.code))
    except Exception as e:
        log('write threw', e.code, str(e), w.destroyed)


process.run(main)
