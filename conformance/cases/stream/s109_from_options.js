// s109 - Readable.from with options: highWaterMark, objectMode false with strings; the stream reads lazily from the iterator (from.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let pulled = 0;
function* gen() {
  for (let i = 0; i < 5; i++) { pulled++; yield String(i); }
}
const r = Readable.from(gen(), { highWaterMark: 2 });
log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode, 'pulled', pulled);
setImmediate(() => {
  log('pulled before reading', pulled, 'buffered', r.readableLength);
  const out = [];
  r.on('data', (c) => out.push(c));
  r.on('end', () => log('end', out, pulled));
});
