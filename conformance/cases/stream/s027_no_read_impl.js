// s027 - a Readable without _read emits ERR_METHOD_NOT_IMPLEMENTED when read; a Writable without _write throws from write() (test-stream-readable-no-unneeded-readable.js, _stream_readable)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const r = new Readable();
r.on('error', (e) => log('r error', e.code, e.message));
r.on('close', () => log('r close'));
r.read();
const w = new Writable();
w.on('error', (e) => log('w error', e.code, e.message));
w.on('close', () => log('w close'));
try {
  w.write(Buffer.from('x'), (err) => log('write cb', err && err.code));
} catch (e) {
  log('write threw', e.code, e.message, w.destroyed);
}
