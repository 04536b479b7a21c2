# string_decoder base64/base64url: 3-byte groups held back, padding only at end() - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

for enc in ['base64', 'base64url', 'BASE64']:
    d = StringDecoder(enc)
    out = [d.encoding]
    for c in [[0xfb], [0xff], [0xbf, 0x41], [0x42, 0x43, 0x44, 0x45], []]:
        out.extend([d.write(bytes(c)), d.lastNeed, d.lastTotal])
    out.append(d.end())
    out.extend([d.write(bytes([0x61, 0x62])), d.end(bytes([0x63]))])
    out.append(d.end(bytes([0x64])))
    log(out)
