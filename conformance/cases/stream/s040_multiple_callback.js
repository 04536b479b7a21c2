// s040 - calling the _write callback twice emits ERR_MULTIPLE_CALLBACK; a transform callback twice too (test-stream-writable-write-cb-twice.js)
'use strict';
const { Writable, Transform } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) {
    callback();
    callback();
  },
});
w.on('error', (e) => log('w error', e.code, e.message, w.destroyed));
w.on('close', () => log('w close'));
w.write('x', (err) => log('write cb', err && err.code));
const a = new Writable({
  write(chunk, encoding, callback) {
    setImmediate(() => { callback(); callback(); });
  },
});
a.on('error', (e) => log('a error', e.code));
a.write('x', (err) => log('a write cb', err && err.code));
const t = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk);
    callback(null, chunk);
  },
});
t.on('error', (e) => log('t error', e.code));
t.resume();
t.write('y');
