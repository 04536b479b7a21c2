// string_decoder: encoding normalization (case, dashes, aliases, default) and ERR_UNKNOWN_ENCODING - test-string-decoder.js
'use strict';
const { StringDecoder } = require('string_decoder');
const { log } = require('../../trace');

for (const enc of [undefined, null, '', 'utf8', 'UTF8', 'utf-8', 'UTF-8', 'Utf-8', 'ucs2', 'UCS2', 'ucs-2',
  'utf16le', 'UTF16LE', 'utf-16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'base64', 'Base64',
  'base64url', 'BASE64URL', 'hex', 'Hex', 'ascii', 'Ascii']) {
  log(enc, new StringDecoder(enc).encoding);
}
for (const enc of ['utf16', 'utf-16', 'utf_8', 'latin-1', 'bogus', 'utf32', 'u', 1, false, {}]) {
  try {
    new StringDecoder(enc);
    log(enc, 'no error');
  } catch (e) {
    log(enc, e instanceof TypeError, e.code, e.message);
  }
}
