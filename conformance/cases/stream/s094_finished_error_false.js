// s094 - finished(stream, { error: false }) ignores 'error' events and waits for close; with default options the error is reported (test-stream-finished.js)
'use strict';
const { Writable, finished } = require('stream');
const { log } = require('../../trace');

const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
w.on('error', (e) => log('error event', e.message));
finished(w, { error: false }, (err) => log('error:false callback', err && (err.code || err.message)));
finished(w, (err) => log('default callback', err && err.message));
w.emit('error', new Error('manual'));
setImmediate(() => {
  log('emitting close');
  w.destroy();
});
