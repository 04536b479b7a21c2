# string_decoder utf8: an incomplete character interrupted by a non-continuation byte in the next chunk - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

cases = [
    [[0xf0, 0x9f], [0x41]],
    [[0xf0, 0x9f], [0x98, 0x41]],
    [[0xe2], [0x82, 0x42]],
    [[0xe2], [0xe2, 0x82, 0xac]],
    [[0xc3], [0xc3, 0xa9]],
    [[0xf0], [0x9f], [0x43]],
    [[0xe2, 0x82], [0xf0, 0x9f, 0x98, 0x80]],
]
for chunks in cases:
    d = StringDecoder('utf8')
    out = [d.write(bytes(c)) for c in chunks]
    out.append(d.end())
    log(chunks, out)
