# string_decoder utf8: end() with a partial character pending gives U+FFFD; state resets after end - test-string-decoder-end.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

for b in [[0xe2], [0xe2, 0x82], [0xf0], [0xf0, 0x9f], [0xf0, 0x9f, 0x98], [0xc3], [0x41, 0xc3]]:
    d = StringDecoder('utf8')
    w = d.write(bytes(b))
    need = d.lastNeed
    e = d.end()
    log(b, [w], need, [e], d.lastNeed, d.lastTotal, [d.end()])
    log('reuse', [d.write(bytes([0x61, 0xe2, 0x82, 0xac]))])
d = StringDecoder('utf8')
log('end(buf) completes', [d.write(bytes([0xe2, 0x82]))], [d.end(bytes([0xac]))])
log('end(buf) partial', [d.end(bytes([0xe2]))])
log('end(empty)', [d.write(bytes([0xe2]))], [d.end(bytes(0))])
