// string_decoder utf8: mixed text (1-4 byte characters) cut into every chunk size 1..7 decodes to the same string
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const text = 'aé€😀b\u00ffΩ𝄞 z';
const buf = Buffer.from(text, 'utf8');
log('bytes', buf.length);
for (let size = 1; size <= 7; size++) {
  const d = new StringDecoder('utf8');
  let out = '';
  const pieces = [];
  for (let i = 0; i < buf.length; i += size) {
    const s = d.write(buf.subarray(i, i + size));
    pieces.push(s);
    out += s;
  }
  out += d.end();
  log(size, out === text, pieces.filter((p) => p === '').length);
}
