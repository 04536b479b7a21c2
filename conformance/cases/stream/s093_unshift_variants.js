// s093 - unshift with a string and encoding, in objectMode, with setEncoding (decoded back to a string); unshift of an empty chunk (test-stream-readable-unshift.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const show = (c) => (Buffer.isBuffer(c) ? ['buf', c.toString()] : ['val', c]);
const a = new Readable({ read(size) {} });
a.push('end');
a.unshift('6d6964', 'hex');
a.unshift('start-');
log('a', show(a.read()));
const o = new Readable({ objectMode: true, read(size) {} });
o.push(2);
o.unshift(1);
o.unshift({ zero: 0 });
log('o', o.read(), o.read(), o.read(), o.readableLength);
const e = new Readable({ encoding: 'utf8', read(size) {} });
e.push('tail');
e.unshift(Buffer.from('héad-'));
log('e', show(e.read()));
const z = new Readable({ read(size) {} });
log('unshift empty', z.unshift(Buffer.alloc(0)), z.readableLength);
