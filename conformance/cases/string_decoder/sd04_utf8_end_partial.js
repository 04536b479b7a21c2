// string_decoder utf8: end() with a partial character pending gives U+FFFD; state resets after end - test-string-decoder-end.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

for (const b of [[0xe2], [0xe2, 0x82], [0xf0], [0xf0, 0x9f], [0xf0, 0x9f, 0x98], [0xc3], [0x41, 0xc3]]) {
  const d = new StringDecoder('utf8');
  const w = d.write(Buffer.from(b));
  const need = d.lastNeed;
  const e = d.end();
  log(b, [w], need, [e], d.lastNeed, d.lastTotal, [d.end()]);
  log('reuse', [d.write(Buffer.from([0x61, 0xe2, 0x82, 0xac]))]);
}
const d = new StringDecoder('utf8');
log('end(buf) completes', [d.write(Buffer.from([0xe2, 0x82]))], [d.end(Buffer.from([0xac]))]);
log('end(buf) partial', [d.end(Buffer.from([0xe2]))]);
log('end(empty)', [d.write(Buffer.from([0xe2]))], [d.end(Buffer.alloc(0))]);
