// s049 - Duplex: readableObjectMode/writableObjectMode, readableHighWaterMark/writableHighWaterMark, readable:false / writable:false options (test-stream-duplex-readable-writable.js)
'use strict';
const { Duplex } = require('stream');
const { log } = require('../../trace');

const d = new Duplex({
  readableObjectMode: true,
  writableHighWaterMark: 3,
  readableHighWaterMark: 7,
  read(size) {},
  write(chunk, encoding, callback) { callback(); },
});
log('modes', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
log('flags', d.readable, d.writable);
const both = new Duplex({ objectMode: true, read(size) {}, write(c, e, cb) { cb(); } });
log('objectMode both', both.readableObjectMode, both.writableObjectMode, both.readableHighWaterMark, both.writableHighWaterMark);
const ro = new Duplex({ writable: false, read(size) {} });
log('writable false', ro.readable, ro.writable, ro.writableEnded, ro.writableFinished);
ro.on('error', (e) => log('ro error', e.code));
ro.write('x', (err) => log('ro write cb', err.code));
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
log('readable false', wo.readable, wo.writable, wo.readableEnded);
