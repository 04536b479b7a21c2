// string_decoder: lastChar is the 4-byte incomplete-character area, not cleared after use; lastNeed/lastTotal per encoding
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

for (const [enc, chunks] of [
  ['utf8', [[0xf0, 0x9f], [0x98], [0x80, 0x41], [0xc3]]],
  ['utf16le', [[0x3d], [0xd8], [0x00, 0xde, 0x61]]],
  ['base64', [[1, 2, 3, 4, 5], [6], [7, 8]]],
  ['hex', [[0xab]]],
]) {
  const d = new StringDecoder(enc);
  log(enc, 'start', [...d.lastChar], d.lastNeed, d.lastTotal);
  for (const c of chunks) {
    d.write(Buffer.from(c));
    log(enc, c, [...d.lastChar], d.lastNeed, d.lastTotal);
  }
  d.end();
  log(enc, 'end', [...d.lastChar], d.lastNeed, d.lastTotal);
}
