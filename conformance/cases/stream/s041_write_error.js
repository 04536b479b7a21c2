// s041 - _write callback(err): write callback gets err, then 'error', then 'close'; no 'finish'; later writes fail with ERR_STREAM_DESTROYED (test-stream-writable-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) {
    log('_write', chunk.toString());
    setImmediate(() => callback(new Error('write failed')));
  },
});
w.on('error', (e) => log('error', e.message, 'errored', w.errored && w.errored.message, 'destroyed', w.destroyed));
w.on('finish', () => log('finish (unexpected)'));
w.on('close', () => {
  log('close', w.closed);
  w.write('late', (err) => log('late write cb', err.code, err.message));
});
w.write('a', (err) => log('cb a', err && err.message));
w.write('b', (err) => log('cb b', err && (err.code || err.message)));
w.end();
