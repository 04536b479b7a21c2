// s034 - write after end: callback and 'error' get ERR_STREAM_WRITE_AFTER_END; end() twice; end callback after finish (test-stream-writable-write-after-end.js, test-stream-writable-end-cb-error.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
w.on('error', (e) => log('error', e.code, e.message));
w.on('finish', () => log('finish'));
w.on('close', () => log('close', w.destroyed));
w.end(Buffer.from('last'));
log('write returns', w.write(Buffer.from('more'), (err) => log('write cb', err.code)));
log('destroyed', w.destroyed, 'errored', w.errored && w.errored.code);
const w2 = new Writable({ write(chunk, encoding, callback) { callback(); } });
w2.end(() => log('w2 first end cb'));
w2.on('finish', () => {
  log('w2 finish');
  w2.end((err) => log('w2 end after finish cb', err && err.code));
});
