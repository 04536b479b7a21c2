// s030 - read(0) calls _read when below highWaterMark, and not when at it; 'readable' after push from an async _read (test-stream-readable-readable-then-resume.js, test-stream2-read-sync-stack.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let calls = 0;
const r = new Readable({
  highWaterMark: 2,
  read(size) {
    calls++;
    log('_read', calls, size);
    setImmediate(() => r.push(Buffer.from('ab')));
  },
});
log('read(0)', r.read(0), calls);
r.once('readable', () => {
  log('readable', r.readableLength, calls);
  log('read(0) at hwm', r.read(0), calls);
  log('read(1)', r.read(1).toString(), r.readableLength);
  process.nextTick(() => log('calls after tick', calls));
});
