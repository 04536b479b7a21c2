// s076 - getDefaultHighWaterMark / setDefaultHighWaterMark and the defaults streams pick up; invalid highWaterMark values (test-stream-set-default-hwm.js, test-streams-highwatermark.js)
'use strict';
const stream = require('stream');
const { Readable, Writable } = stream;
const { log } = require('../../trace');

log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
log('streams', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark,
  new Readable({ objectMode: true }).readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
log('after set', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true),
  new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark);
for (const v of [-1, NaN, 'x', 1.5]) {
  try {
    new Readable({ highWaterMark: v });
    log(v, 'accepted');
  } catch (e) {
    log('hwm', String(v), e.code, e.message);
  }
}
try {
  stream.setDefaultHighWaterMark(false, -5);
} catch (e) {
  log('set invalid', e.code, e.message);
}
