// s022 - Readable destroy(): 'close' without 'end', destroyed/closed/errored props, destroy twice, destroy(err) -> 'error' then 'close' (test-stream-readable-destroy.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const a = new Readable({ read(size) {} });
a.on('end', () => log('a end'));
a.on('close', () => log('a close', a.destroyed, a.closed));
log('destroy returns self', a.destroy() === a, a.destroyed, a.closed);
a.destroy();
const b = new Readable({ read(size) {} });
const err = new Error('boom');
b.on('error', (e) => log('b error', e === err, b.errored === err, b.closed));
b.on('close', () => log('b close', b.closed, b.errored === err));
b.destroy(err);
b.destroy(new Error('second'));
log('b sync', b.destroyed, b.errored === err, b.readableAborted);
