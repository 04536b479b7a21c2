// s046 - Writable destroy(err) with _destroy replacing the error; errored/closed/destroyed/writableAborted at each step; write after destroy (test-stream-writable-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) { callback(); },
  destroy(err, callback) {
    log('_destroy', err.message, 'closed', w.closed);
    setImmediate(() => callback(new Error('replaced')));
  },
});
w.on('error', (e) => log('error', e.message, w.errored.message, w.closed));
w.on('close', () => log('close', w.closed, w.errored.message));
w.write('a');
w.destroy(new Error('first'));
log('sync', w.destroyed, w.closed, w.errored.message, w.writableAborted);
w.write('b', (err) => log('write after destroy cb', err.code, err.message));
