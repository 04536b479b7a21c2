// s025 - _construct callback(err): 'error' then 'close', _read never called; destroy() during construct waits for it (test-stream-construct.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({
  construct(callback) { setImmediate(() => callback(new Error('construct failed'))); },
  read(size) { log('_read (unexpected)'); },
});
r.on('error', (e) => log('r error', e.message, r.destroyed));
r.on('close', () => log('r close'));
r.resume();
const w = new Writable({
  construct(callback) {
    log('w construct');
    setImmediate(() => { log('w construct done'); callback(); });
  },
  write(chunk, encoding, callback) { log('_write (unexpected)'); callback(); },
  destroy(err, callback) { log('w _destroy', err); callback(err); },
});
w.on('close', () => log('w close'));
w.destroy();
log('w destroyed', w.destroyed);
