# string_decoder: lastChar is the 4-byte incomplete-character area, not cleared after use; lastNeed/lastTotal per encoding
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

for enc, chunks in [
    ('utf8', [[0xf0, 0x9f], [0x98], [0x80, 0x41], [0xc3]]),
    ('utf16le', [[0x3d], [0xd8], [0x00, 0xde, 0x61]]),
    ('base64', [[1, 2, 3, 4, 5], [6], [7, 8]]),
    ('hex', [[0xab]]),
]:
    d = StringDecoder(enc)
    log(enc, 'start', list(d.lastChar), d.lastNeed, d.lastTotal)
    for c in chunks:
        d.write(bytes(c))
        log(enc, c, list(d.lastChar), d.lastNeed, d.lastTotal)
    d.end()
    log(enc, 'end', list(d.lastChar), d.lastNeed, d.lastTotal)
