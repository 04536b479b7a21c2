// s026 - _destroy(err, cb) that calls cb(otherErr) replaces the error; destroy(err, cb) callback form; errorEmitted once (test-stream-readable-destroy.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({
  read(size) {},
  destroy(err, callback) {
    log('_destroy got', err && err.message);
    callback(new Error('from _destroy'));
  },
});
r.on('error', (e) => log('error', e.message, r.errored.message));
r.on('close', () => log('close'));
r.destroy(new Error('original'));
const s = new Readable({
  read(size) {},
  destroy(err, callback) {
    log('s _destroy got', err);
    process.nextTick(callback, null);
  },
});
s.on('close', () => log('s close', s.closed));
s.destroy();
log('s sync closed', s.closed, s.destroyed);
