// s043 - destroy() with writes buffered: pending callbacks get ERR_STREAM_DESTROYED; destroy(err) -> 'error' once then 'close' (test-stream-writable-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

let inFlight;
const w = new Writable({
  write(chunk, encoding, callback) { log('_write', chunk.toString()); inFlight = callback; },
});
w.on('error', (e) => log('error', e.message));
w.on('close', () => log('close', w.writableLength));
w.write('1', (err) => log('cb 1', err && (err.code || err.message)));
w.write('2', (err) => log('cb 2', err && (err.code || err.message)));
w.write('3', (err) => log('cb 3', err && (err.code || err.message)));
log('length', w.writableLength);
w.destroy(new Error('stop'));
log('destroyed', w.destroyed, 'length', w.writableLength);
setImmediate(() => {
  log('late callback of write 1');
  inFlight();
});
