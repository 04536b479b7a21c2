// string_decoder utf8: an incomplete character interrupted by a non-continuation byte in the next chunk - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const cases = [
  [[0xf0, 0x9f], [0x41]],
  [[0xf0, 0x9f], [0x98, 0x41]],
  [[0xe2], [0x82, 0x42]],
  [[0xe2], [0xe2, 0x82, 0xac]],
  [[0xc3], [0xc3, 0xa9]],
  [[0xf0], [0x9f], [0x43]],
  [[0xe2, 0x82], [0xf0, 0x9f, 0x98, 0x80]],
];
for (const chunks of cases) {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  log(chunks, out);
}
