// s099 - destroy() while _final is pending: no 'finish', 'close' once, end callback never called with success (test-stream-writable-final-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) { callback(); },
  final(callback) {
    log('_final');
    setImmediate(() => {
      w.destroy();
      log('destroyed in final', w.destroyed);
      callback();
    });
  },
});
w.on('finish', () => log('finish (unexpected)'));
w.on('prefinish', () => log('prefinish'));
w.on('close', () => log('close'));
w.on('error', (e) => log('error', e.code));
w.end('x', (err) => log('end cb', err && err.code));
