# s009 - unshift() puts a chunk back at the front; unshift after 'end' emits ERR_STREAM_UNSHIFT_AFTER_END_EVENT; unshift(null) ends (test-stream-unshift-*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'read': lambda size: None})
    r.push(b'world')
    first = r.read(2)
    log('read(2)', first.decode(), r.readableLength)
    log('unshift', r.unshift(first), r.readableLength)
    log('unshift hello', r.unshift(b'hello '), r.readableLength)
    log('read()', r.read().decode())
    r.push(None)

    def on_end():
        log('end')
        r.on('error', lambda e: log('error', e.code, str(e)))
        r.unshift(b'late')
        log('after late unshift', r.readableLength, r.destroyed)
    r.on('end', on_end)
    r.resume()


process.run(main)
