// s003 - read(n): less than buffered splits a chunk, more than buffered returns null until ended, then the rest (test-stream-readable-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.push(Buffer.from('abc'));
r.push(Buffer.from('defg'));
const show = (b) => (b === null ? null : b.toString());
log('length', r.readableLength);
log('read(2)', show(r.read(2)), r.readableLength);
log('read(3)', show(r.read(3)), r.readableLength);
log('read(5)', show(r.read(5)), r.readableLength);
log('read(1)', show(r.read(1)), r.readableLength);
r.push(Buffer.from('hij'));
log('read(10)', show(r.read(10)), r.readableLength);
r.push(null);
log('read(10) after push(null)', show(r.read(10)), r.readableLength, r.readableEnded);
log('read() at eof', show(r.read()));
r.on('end', () => log('end', r.readableEnded));
