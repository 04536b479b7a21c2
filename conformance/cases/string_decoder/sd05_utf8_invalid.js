// string_decoder utf8: invalid sequences (overlong, surrogates, F5+, stray continuation bytes) replaced as Node does, whole and byte by byte - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const inputs = [
  [0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff, 0x41],
  [0x80, 0x80, 0x41], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x28, 0xa1], [0xc3, 0x28], [0xf0, 0x28, 0x8c, 0xbc],
];
for (const b of inputs) {
  const whole = new StringDecoder('utf8');
  const w = whole.write(Buffer.from(b)) + whole.end();
  const single = new StringDecoder('utf8');
  let s = '';
  for (const x of b) s += single.write(Buffer.from([x]));
  s += single.end();
  log(b, [w], [s]);
}
