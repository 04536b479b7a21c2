// s089 - Duplex defaults: allowHalfOpen true; readable ends while writable stays open; writing after readable end works; both sides' ended flags (test-stream-duplex-end.js)
'use strict';
const { Duplex } = require('stream');
const { log } = require('../../trace');

const d = new Duplex({
  read(size) {},
  write(chunk, encoding, callback) { log('_write', chunk.toString()); callback(); },
});
log('allowHalfOpen', d.allowHalfOpen);
d.on('end', () => {
  log('end', d.readableEnded, d.writableEnded);
  d.write('after read end');
  d.end();
});
d.on('finish', () => log('finish', d.writableFinished));
d.on('close', () => log('close'));
d.push(null);
d.resume();
