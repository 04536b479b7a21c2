// string_decoder base64/base64url: 3-byte groups held back, padding only at end() - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

for (const enc of ['base64', 'base64url', 'BASE64']) {
  const d = new StringDecoder(enc);
  const out = [d.encoding];
  for (const c of [[0xfb], [0xff], [0xbf, 0x41], [0x42, 0x43, 0x44, 0x45], []]) {
    out.push(d.write(Buffer.from(c)), d.lastNeed, d.lastTotal);
  }
  out.push(d.end());
  out.push(d.write(Buffer.from([0x61, 0x62])), d.end(Buffer.from([0x63])));
  out.push(d.end(Buffer.from([0x64])));
  log(out);
}
