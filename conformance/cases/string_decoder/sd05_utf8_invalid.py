# string_decoder utf8: invalid sequences (overlong, surrogates, F5+, stray continuation bytes) replaced as Node does, whole and byte by byte - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

inputs = [
    [0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff, 0x41],
    [0x80, 0x80, 0x41], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xe2, 0x28, 0xa1], [0xc3, 0x28], [0xf0, 0x28, 0x8c, 0xbc],
]
for b in inputs:
    whole = StringDecoder('utf8')
    w = whole.write(bytes(b)) + whole.end()
    single = StringDecoder('utf8')
    s = ''
    for x in b:
        s += single.write(bytes([x]))
    s += single.end()
    log(b, [w], [s])
