# string_decoder utf8: a 3-byte character (euro sign) fed one byte at a time, and split 2+1 - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

d = StringDecoder('utf8')
log('encoding', d.encoding, 'lastNeed', d.lastNeed, 'lastTotal', d.lastTotal)
log('w1', [d.write(bytes([0xe2]))], d.lastNeed, d.lastTotal)
log('w2', [d.write(bytes([0x82]))], d.lastNeed, d.lastTotal)
log('w3', [d.write(bytes([0xac]))], d.lastNeed, d.lastTotal)
log('w4', [d.write(bytes([0x41, 0xe2, 0x82]))], d.lastNeed, d.lastTotal)
log('w5', [d.write(bytes([0xac, 0x42]))], d.lastNeed, d.lastTotal)
log('end', [d.end()], d.lastNeed, d.lastTotal)
