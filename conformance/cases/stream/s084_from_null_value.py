# s084 - Readable.from over an iterable that yields null: the stream errors with ERR_STREAM_NULL_VALUES (from.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable.from_(['a', None, 'b'])
    got = []
    r.on('data', lambda v: got.append(v))
    r.on('error', lambda e: log('error', e.code, str(e), got))
    r.on('end', lambda: log('end (unexpected)'))
    r.on('close', lambda: log('close', r.destroyed))


process.run(main)
