# string_decoder utf8: a 4-byte character split every way (1+3, 2+2, 3+1, 1+1+1+1) - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

bytes_ = [0xf0, 0x9f, 0x98, 0x80]
for cuts in [[1], [2], [3], [1, 2, 3]]:
    d = StringDecoder('utf8')
    out = []
    prev = 0
    for c in cuts + [4]:
        out.append(d.write(bytes(bytes_[prev:c])))
        out.append(d.lastNeed)
        prev = c
    out.append(d.end())
    log('cuts', cuts, out)
