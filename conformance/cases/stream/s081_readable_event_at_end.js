// s081 - 'readable' is emitted at EOF too, and read() then returns null; readableLength 0 (test-stream-readable-emittedReadable.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
let n = 0;
r.on('readable', () => {
  n++;
  const c = r.read();
  log('readable', n, c === null ? null : c.toString(), 'ended', r.readableEnded, r._readableState.ended);
});
r.on('end', () => log('end', n));
r.push('only');
setImmediate(() => r.push(null));
