// s008 - push() returns false once readableLength reaches highWaterMark; push(null) returns false; push after EOF emits ERR_STREAM_PUSH_AFTER_EOF (test-stream-push-order.js, test-stream-readable-push-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ highWaterMark: 5, read(size) {} });
log('push abc', r.push(Buffer.from('abc')), r.readableLength);
log('push d', r.push(Buffer.from('d')), r.readableLength);
log('push e', r.push(Buffer.from('e')), r.readableLength);
log('push f', r.push(Buffer.from('f')), r.readableLength);
log('push empty', r.push(Buffer.alloc(0)), r.readableLength);
log('push empty string', r.push(''), r.readableLength);
log('push null', r.push(null), r.readableLength);
r.on('error', (e) => log('error', e.code, e.message, 'destroyed', r.destroyed));
r.on('close', () => log('close'));
log('push after eof', r.push(Buffer.from('g')));
log('sync destroyed', r.destroyed, 'errored', r.errored && r.errored.code);
