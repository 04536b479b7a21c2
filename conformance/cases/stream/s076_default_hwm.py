# s076 - getDefaultHighWaterMark / setDefaultHighWaterMark and the defaults streams pick up; invalid highWaterMark values (test-stream-set-default-hwm.js, test-streams-highwatermark.js)
import math

from conformance.trace import log
from node_http_agent import process, stream
from node_http_agent.stream import Readable, Writable
from node_http_agent.util import numberToString


def main():
    log('defaults', stream.getDefaultHighWaterMark(False), stream.getDefaultHighWaterMark(True))
    log('streams', Readable().readableHighWaterMark, Writable().writableHighWaterMark,
        Readable({'objectMode': True}).readableHighWaterMark)
    stream.setDefaultHighWaterMark(False, 1024)
    stream.setDefaultHighWaterMark(True, 4)
    log('after set', stream.getDefaultHighWaterMark(False), stream.getDefaultHighWaterMark(True),
        Readable().readableHighWaterMark, Writable({'objectMode': True}).writableHighWaterMark)
    for v in [-1, math.nan, 'x', 1.5]:
        try:
            Readable({'highWaterMark': v})
            log(v, 'accepted')
        except Exception as e:
            log('hwm', v if isinstance(v, str) else numberToString(v), e.code, str(e))
    try:
        stream.setDefaultHighWaterMark(False, -5)
    except Exception as e:
        log('set invalid', e.code, str(e))


process.run(main)
