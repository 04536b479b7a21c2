# string_decoder utf8: mixed text (1-4 byte characters) cut into every chunk size 1..7 decodes to the same string
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

text = 'aé€😀b\u00ffΩ𝄞 z'
buf = text.encode('utf8')
log('bytes', len(buf))
for size in range(1, 8):
    d = StringDecoder('utf8')
    out = ''
    pieces = []
    for i in range(0, len(buf), size):
        s = d.write(buf[i:i + size])
        pieces.append(s)
        out += s
    out += d.end()
    log(size, out == text, len([p for p in pieces if p == '']))
