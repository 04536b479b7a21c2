// s050 - Duplex destroy(err): one 'error', one 'close', both sides destroyed; no 'end'/'finish' (test-stream-duplex-destroy.js)
'use strict';
const { Duplex } = require('stream');
const { log } = require('../../trace');

const d = new Duplex({ read(size) {}, write(chunk, encoding, callback) { callback(); } });
const events = [];
for (const ev of ['end', 'finish', 'close', 'error', 'prefinish']) d.on(ev, () => events.push(ev));
d.resume();
d.write('x');
d.destroy(new Error('duplex boom'));
log('sync', d.destroyed, d.readableAborted, d.errored.message);
setImmediate(() => {
  log('events', events);
  log('closed', d.closed, 'readable', d.readable, 'writable', d.writable);
});
