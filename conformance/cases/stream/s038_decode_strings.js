// s038 - decodeStrings (default true) turns strings into Buffers with encoding 'buffer'; false keeps strings and their encoding; setDefaultEncoding (test-stream-writable-decoded-encoding.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const desc = (c) => (Buffer.isBuffer(c) ? 'buf ' + c.toString('hex') : 'str ' + c);
const a = new Writable({ write(chunk, encoding, callback) { log('a', desc(chunk), encoding); callback(); } });
a.write('hi');
a.write('hi', 'latin1');
a.write('6869', 'hex');
a.write('aGk=', 'base64');
a.write(Buffer.from('hi'), 'hex');
const b = new Writable({ decodeStrings: false, write(chunk, encoding, callback) { log('b', desc(chunk), encoding); callback(); } });
b.write('hi');
b.write('hi', 'latin1');
log('setDefaultEncoding returns self', b.setDefaultEncoding('hex') === b);
b.write('6869');
b.write(new Uint8Array([1, 2]));
const c = new Writable({ defaultEncoding: 'base64', write(chunk, encoding, callback) { log('c', desc(chunk), encoding); callback(); } });
c.write('aGk=');
