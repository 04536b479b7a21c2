// s010 - 'end' is emitted only after the data is consumed; readableEnded/endEmitted timing; end -> close order with autoDestroy (test-stream-readable-ended.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.push(Buffer.from('data'));
r.push(null);
r.on('end', () => log('end', r.readableEnded, r.destroyed));
r.on('close', () => log('close', r.destroyed, r.closed));
setImmediate(() => {
  log('nothing consumed', r.readableEnded, r.readableLength);
  log('read', r.read().toString());
  log('after read', r.readableEnded);
  process.nextTick(() => log('tick', r.readableEnded));
});
