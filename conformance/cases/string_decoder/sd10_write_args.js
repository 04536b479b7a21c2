// string_decoder: write(string) returns it; non-buffer arguments throw ERR_INVALID_ARG_TYPE; Uint8Array accepted - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

const d = new StringDecoder('utf8');
log('string', d.write('abc'), d.end('xyz'));
for (const v of [null, 12, [1, 2], {}, true]) {
  try {
    d.write(v);
    log('no error');
  } catch (e) {
    log(e instanceof TypeError, e.code, e.message);
  }
}
log('Uint8Array', [d.write(new Uint8Array([0xe2, 0x82]))], d.lastNeed, [d.write(new Uint8Array([0xac]))]);
log('string keeps pending', [d.write(Buffer.from([0xe2]))], d.write('s'), d.lastNeed, [d.end()]);
