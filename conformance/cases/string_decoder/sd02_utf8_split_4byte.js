// string_decoder utf8: a 4-byte character split every way (1+3, 2+2, 3+1, 1+1+1+1) - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const bytes = [0xf0, 0x9f, 0x98, 0x80];
for (const cuts of [[1], [2], [3], [1, 2, 3]]) {
  const d = new StringDecoder('utf8');
  const out = [];
  let prev = 0;
  for (const c of cuts.concat([4])) {
    out.push(d.write(Buffer.from(bytes.slice(prev, c))));
    out.push(d.lastNeed);
    prev = c;
  }
  out.push(d.end());
  log('cuts', cuts, out);
}
