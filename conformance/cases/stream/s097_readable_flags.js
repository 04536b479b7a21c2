// s097 - Readable flags over its life: readable, readableEnded, readableFlowing, readableLength, readableAborted, readableDidRead, destroyed, closed (test-stream-readable-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
const flags = (when) => log(when, r.readable, r.readableEnded, r.readableFlowing, r.readableLength, r.readableAborted,
  r.readableDidRead, r.destroyed, r.closed);
flags('fresh');
r.push('abc');
flags('after push');
r.push(null);
flags('after push(null)');
r.on('end', () => flags('end'));
r.on('close', () => flags('close'));
r.on('data', () => flags('data'));
const a = new Readable({ read(size) {} });
a.push('x');
a.destroy();
log('aborted', a.readableAborted, a.readable, a.readableEnded);
