// string_decoder utf8: a 3-byte character (euro sign) fed one byte at a time, and split 2+1 - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const d = new StringDecoder('utf8');
log('encoding', d.encoding, 'lastNeed', d.lastNeed, 'lastTotal', d.lastTotal);
log('w1', [d.write(Buffer.from([0xe2]))], d.lastNeed, d.lastTotal);
log('w2', [d.write(Buffer.from([0x82]))], d.lastNeed, d.lastTotal);
log('w3', [d.write(Buffer.from([0xac]))], d.lastNeed, d.lastTotal);
log('w4', [d.write(Buffer.from([0x41, 0xe2, 0x82]))], d.lastNeed, d.lastTotal);
log('w5', [d.write(Buffer.from([0xac, 0x42]))], d.lastNeed, d.lastTotal);
log('end', [d.end()], d.lastNeed, d.lastTotal);
