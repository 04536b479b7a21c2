// s074 - finished() on a stream that already ended/finished/errored calls back on a later tick (test-stream-finished.js)
'use strict';
const { Readable, Writable, finished } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.push(null);
r.resume();
r.on('close', () => {
  let sync = true;
  finished(r, (err) => log('ended+closed readable', err, 'sync', sync));
  sync = false;
});
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('close', () => {
  let sync = true;
  finished(w, (err) => log('finished+closed writable', err, 'sync', sync));
  sync = false;
});
const x = new Readable({ read(size) {} });
x.on('error', () => {});
x.destroy(new Error('early'));
x.on('close', () => {
  finished(x, (err) => log('errored readable', err && err.message));
});
