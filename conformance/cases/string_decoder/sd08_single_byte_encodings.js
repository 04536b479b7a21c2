// string_decoder hex/latin1/binary/ascii: no state kept, ascii clears the high bit - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const bytes = [0x41, 0xc1, 0xff, 0x80, 0x7f, 0x00, 0xe2, 0x82];
for (const enc of ['hex', 'HEX', 'latin1', 'binary', 'Latin1', 'ascii', 'ASCII']) {
  const d = new StringDecoder(enc);
  const w = d.write(Buffer.from(bytes));
  log(enc, d.encoding, [w], d.lastNeed, d.lastTotal, [d.end()], [d.end(Buffer.from([0xe9]))]);
}
