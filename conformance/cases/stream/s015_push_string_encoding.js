// s015 - push(string, encoding) converts to bytes; encoding option; a string pushed to a stream with an encoding stays a string (test-stream-readable-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const show = (c) => (Buffer.isBuffer(c) ? ['buf', [...c]] : ['str', c]);
const r = new Readable({ read(size) {} });
r.push('616263', 'hex');
r.push('héllo');
r.push('aGk=', 'base64');
log('length', r.readableLength);
log(show(r.read(3)), show(r.read()));
const e = new Readable({ encoding: 'utf8', read(size) {} });
log('encoding option', e.readableEncoding);
e.push('abc');
e.push(Buffer.from('é'));
e.push('ff', 'hex');
log('read', show(e.read()));
const l = new Readable({ encoding: 'latin1', read(size) {} });
l.push(Buffer.from([0xe9, 0x41]));
log('latin1', show(l.read()));
