// s004 - read(n) larger than highWaterMark raises it to the next power of two; read(n) > 1GiB throws ERR_OUT_OF_RANGE (test-stream-readable-hwm-0*.js, computeNewHighWaterMark)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const sizes = [];
const r = new Readable({ highWaterMark: 4, read(size) { sizes.push(size); } });
log('hwm', r.readableHighWaterMark);
log('read(10)', r.read(10));
log('hwm after read(10)', r.readableHighWaterMark);
log('read(100)', r.read(100));
log('hwm after read(100)', r.readableHighWaterMark);
log('read(3)', r.read(3), r.readableHighWaterMark);
try {
  r.read(0x40000001);
} catch (e) {
  log('huge', e.code, e.name, e.message);
}
process.nextTick(() => log('_read sizes', sizes));
