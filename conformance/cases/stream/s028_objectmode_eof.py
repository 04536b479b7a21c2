# s028 - objectMode: push(null) is EOF; push after it errors; non-objectMode push of a number is ERR_INVALID_ARG_TYPE (test-stream-readable-invalid-chunk.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'objectMode': True, 'read': lambda size: None})
    r.push('a')
    r.push(None)
    r.on('error', lambda e: log('r error', e.code))
    got = []
    r.on('data', lambda v: got.append(v))
    r.on('end', lambda: log('end', got))
    bad = Readable({'read': lambda size: None})
    bad.on('error', lambda e: log('bad error', e.code, str(e)))
    bad.on('close', lambda: log('bad close'))
    log('push number', bad.push(42))
    bad2 = Readable({'read': lambda size: None})
    bad2.on('error', lambda e: log('bad2 error', e.code, str(e)))
    log('push object', bad2.push({}))


process.run(main)
