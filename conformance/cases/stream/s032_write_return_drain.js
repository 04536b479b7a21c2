// s032 - write() returns false once writableLength reaches highWaterMark; 'drain' once after the buffer empties; writableNeedDrain (test-stream-writable-needdrain-*.js, test-stream2-writable.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const pending = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, encoding, callback) {
    log('_write', chunk.toString(), encoding, 'length', w.writableLength);
    pending.push(callback);
  },
});
let drains = 0;
w.on('drain', () => { drains++; log('drain', drains, 'length', w.writableLength, 'needDrain', w.writableNeedDrain); });
log('hwm', w.writableHighWaterMark);
log('write ab', w.write(Buffer.from('ab')), w.writableLength, w.writableNeedDrain);
log('write cd', w.write(Buffer.from('cd')), w.writableLength, w.writableNeedDrain);
log('write e', w.write(Buffer.from('e')), w.writableLength, w.writableNeedDrain);
log('write f', w.write(Buffer.from('f')), w.writableLength);
function flush() {
  if (pending.length) {
    const cb = pending.shift();
    cb();
    log('after callback', w.writableLength);
    setImmediate(flush);
  } else {
    log('done, drains', drains);
  }
}
setImmediate(flush);
