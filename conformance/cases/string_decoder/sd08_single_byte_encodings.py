# string_decoder hex/latin1/binary/ascii: no state kept, ascii clears the high bit - test-string-decoder.js
from conformance.trace import log
from node_http_agent.string_decoder import StringDecoder

bytes_ = [0x41, 0xc1, 0xff, 0x80, 0x7f, 0x00, 0xe2, 0x82]
for enc in ['hex', 'HEX', 'latin1', 'binary', 'Latin1', 'ascii', 'ASCII']:
    d = StringDecoder(enc)
    w = d.write(bytes(bytes_))
    log(enc, d.encoding, [w], d.lastNeed, d.lastTotal, [d.end()], [d.end(bytes([0xe9]))])
