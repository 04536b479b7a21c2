# string_decoder utf16le/ucs2: odd bytes kept, surrogate pairs held across writes, a lone lead surrogate or odd byte at end() - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder


def codes(s):
    b = s.encode('utf-16-le', 'surrogatepass')
    return [b[i] | b[i + 1] << 8 for i in range(0, len(b), 2)]


d = StringDecoder('ucs2')
log('encoding', d.encoding)
log('w1', codes(d.write(bytes([0x61]))), d.lastNeed, d.lastTotal)
log('w2', codes(d.write(bytes([0x00, 0x3d, 0xd8]))), d.lastNeed, d.lastTotal)
log('w3', codes(d.write(bytes([0x00]))), d.lastNeed, d.lastTotal)
log('w4', codes(d.write(bytes([0xde, 0x62, 0x00]))), d.lastNeed, d.lastTotal)
log('end', codes(d.end()))
d = StringDecoder('utf-16le')
log('lead only', codes(d.write(bytes([0x3d, 0xd8]))), d.lastNeed, d.lastTotal, codes(d.end()))
d = StringDecoder('utf16le')
log('lead + byte', codes(d.write(bytes([0x3d, 0xd8, 0x41]))), d.lastNeed, d.lastTotal, codes(d.end()))
d = StringDecoder('UCS-2')
log('odd end', codes(d.write(bytes([0x41, 0x00, 0x42]))), codes(d.end()))
d = StringDecoder('utf16le')
log('pair whole', codes(d.write(bytes([0x3d, 0xd8, 0x00, 0xde]))), d.lastNeed)
d = StringDecoder('utf16le')
log('lead then non-trail', codes(d.write(bytes([0x3d, 0xd8]))), codes(d.write(bytes([0x41, 0x00]))), codes(d.end()))
