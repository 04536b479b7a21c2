// s009 - unshift() puts a chunk back at the front; unshift after 'end' emits ERR_STREAM_UNSHIFT_AFTER_END_EVENT; unshift(null) ends (test-stream-unshift-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.push(Buffer.from('world'));
const first = r.read(2);
log('read(2)', first.toString(), r.readableLength);
log('unshift', r.unshift(first), r.readableLength);
log('unshift hello', r.unshift(Buffer.from('hello ')), r.readableLength);
log('read()', r.read().toString());
r.push(null);
r.on('end', () => {
  log('end');
  r.on('error', (e) => log('error', e.code, e.message));
  r.unshift(Buffer.from('late'));
  log('after late unshift', r.readableLength, r.destroyed);
});
r.resume();
