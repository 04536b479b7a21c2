# s008 - push() returns false once readableLength reaches highWaterMark; push(null) returns false; push after EOF emits ERR_STREAM_PUSH_AFTER_EOF (test-stream-push-order.js, test-stream-readable-push-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'highWaterMark': 5, 'read': lambda size: None})
    log('push abc', r.push(b'abc'), r.readableLength)
    log('push d', r.push(b'd'), r.readableLength)
    log('push e', r.push(b'e'), r.readableLength)
    log('push f', r.push(b'f'), r.readableLength)
    log('push empty', r.push(bytes(0)), r.readableLength)
    log('push empty string', r.push(''), r.readableLength)
    log('push null', r.push(None), r.readableLength)
    r.on('error', lambda e: log('error', e.code, str(e), 'destroyed', r.destroyed))
    r.on('close', lambda: log('close'))
    log('push after eof', r.push(b'g'))
    log('sync destroyed', r.destroyed, 'errored', r.errored and r.errored.code)


process.run(main)
