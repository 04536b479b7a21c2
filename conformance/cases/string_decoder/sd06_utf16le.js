// string_decoder utf16le/ucs2: odd bytes kept, surrogate pairs held across writes, a lone lead surrogate or odd byte at end() - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
let d = new StringDecoder('ucs2');
log('encoding', d.encoding);
log('w1', codes(d.write(Buffer.from([0x61]))), d.lastNeed, d.lastTotal);
log('w2', codes(d.write(Buffer.from([0x00, 0x3d, 0xd8]))), d.lastNeed, d.lastTotal);
log('w3', codes(d.write(Buffer.from([0x00]))), d.lastNeed, d.lastTotal);
log('w4', codes(d.write(Buffer.from([0xde, 0x62, 0x00]))), d.lastNeed, d.lastTotal);
log('end', codes(d.end()));
d = new StringDecoder('utf-16le');
log('lead only', codes(d.write(Buffer.from([0x3d, 0xd8]))), d.lastNeed, d.lastTotal, codes(d.end()));
d = new StringDecoder('utf16le');
log('lead + byte', codes(d.write(Buffer.from([0x3d, 0xd8, 0x41]))), d.lastNeed, d.lastTotal, codes(d.end()));
d = new StringDecoder('UCS-2');
log('odd end', codes(d.write(Buffer.from([0x41, 0x00, 0x42]))), codes(d.end()));
d = new StringDecoder('utf16le');
log('pair whole', codes(d.write(Buffer.from([0x3d, 0xd8, 0x00, 0xde]))), d.lastNeed);
d = new StringDecoder('utf16le');
log('lead then non-trail', codes(d.write(Buffer.from([0x3d, 0xd8]))), codes(d.write(Buffer.from([0x41, 0x00]))), codes(d.end()));
