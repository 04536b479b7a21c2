// s080 - write()/end() after destroy(): ERR_STREAM_DESTROYED to the callback, no 'error' event; push() after destroy returns false (test-stream-writable-destroy.js, test-stream-readable-destroy.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
w.on('error', (e) => log('error event (unexpected)', e.code));
w.destroy();
log('write returns', w.write('x', (err) => log('write cb', err.code, err.message)));
w.end((err) => log('end cb', err.code, err.message));
const r = new Readable({ read(size) {} });
r.destroy();
log('push after destroy', r.push('x'), r.readableLength);
log('read after destroy', r.read());
