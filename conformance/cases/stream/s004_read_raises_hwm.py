# s004 - read(n) larger than highWaterMark raises it to the next power of two; read(n) > 1GiB throws ERR_OUT_OF_RANGE (test-stream-readable-hwm-0*.js, computeNewHighWaterMark)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    sizes = []
    r = Readable({'highWaterMark': 4, 'read': lambda size: sizes.append(size)})
    log('hwm', r.readableHighWaterMark)
    log('read(10)', r.read(10))
    log('hwm after read(10)', r.readableHighWaterMark)
    log('read(100)', r.read(100))
    log('hwm after read(100)', r.readableHighWaterMark)
    log('read(3)', r.read(3), r.readableHighWaterMark)
    try:
        r.read(0x40000001)
    except Exception as e:
        log('huge', e.code, e.name, str(e))
    process.nextTick(lambda: log('_read sizes', sizes))


process.run(main)
