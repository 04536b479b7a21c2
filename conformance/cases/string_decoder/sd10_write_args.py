# string_decoder: write(string) returns it; non-buffer arguments throw ERR_INVALID_ARG_TYPE; Uint8Array accepted - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

d = StringDecoder('utf8')
log('string', d.write('abc'), d.end('xyz'))
for v in [None, 12, [1, 2], {}, True]:
    try:
        d.write(v)
        log('no error')
    except Exception as e:
        log(isinstance(e, TypeError), e.code, str(e))
log('Uint8Array', [d.write(bytearray([0xe2, 0x82]))], d.lastNeed, [d.write(bytearray([0xac]))])
log('string keeps pending', [d.write(bytes([0xe2]))], d.write('s'), d.lastNeed, [d.end()])
