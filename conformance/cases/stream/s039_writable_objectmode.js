// s039 - Writable objectMode: hwm 16 objects, writableLength counts objects, any non-null value passes through unchanged (test-stream-writable-objectmode-*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const held = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, encoding, callback) { log('_write', chunk, encoding); held.push(callback); },
});
log('objectMode', w.writableObjectMode, 'hwm', w.writableHighWaterMark);
log('write 1', w.write({ a: 1 }), w.writableLength);
log('write 2', w.write([1, 2]), w.writableLength);
log('write 3', w.write('three'), w.writableLength);
w.on('drain', () => log('drain'));
w.on('finish', () => log('finish'));
w.end();
(function release() {
  if (held.length) { held.shift()(); setImmediate(release); }
})();
const d = new Writable({ objectMode: true, write(chunk, encoding, callback) { callback(); } });
log('default objectMode hwm', d.writableHighWaterMark);
