// s035 - write(null) throws ERR_STREAM_NULL_VALUES (also in objectMode); write(number) throws ERR_INVALID_ARG_TYPE; bad encoding ERR_UNKNOWN_ENCODING (test-stream-writable-null.js, test-stream-writable-invalid-chunk.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

function attempt(name, fn) {
  try {
    fn();
    log(name, 'ok');
  } catch (e) {
    log(name, e.code, e.name, e.message);
  }
}
const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
w.on('error', (e) => log('error event', e.code));
attempt('null', () => w.write(null));
attempt('number', () => w.write(42));
attempt('object', () => w.write({}));
attempt('bad encoding', () => w.write('x', 'nope'));
attempt('bad default encoding', () => w.setDefaultEncoding('nope'));
const o = new Writable({ objectMode: true, write(chunk, encoding, callback) { log('o got', chunk); callback(); } });
attempt('objectMode null', () => o.write(null));
attempt('objectMode 0', () => o.write(0));
attempt('objectMode false', () => o.write(false));
log('w destroyed', w.destroyed, 'o destroyed', o.destroyed);
