// s014 - setEncoding() after bytes are buffered re-decodes the buffer; hex and base64 encodings; readableLength in characters (test-stream-readable-setEncoding-existing-buffers.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.push(Buffer.from([0xe2, 0x82]));
r.push(Buffer.from([0xac, 0x41]));
log('length bytes', r.readableLength);
r.setEncoding('utf8');
log('length after setEncoding', r.readableLength, 'encoding', r.readableEncoding);
log('read', [r.read()]);
const h = new Readable({ read(size) {} });
h.setEncoding('hex');
h.push(Buffer.from([1, 2, 255]));
log('hex', r.readableEncoding, h.readableEncoding, h.readableLength, h.read());
const b = new Readable({ read(size) {} });
b.setEncoding('base64');
b.push(Buffer.from('ab'));
b.push(Buffer.from('cd'));
b.push(null);
const out = [];
b.on('data', (c) => out.push(c));
b.on('end', () => log('base64', out));
try {
  new Readable({ read(size) {} }).setEncoding('nope');
} catch (e) {
  log('bad encoding', e.code, e.message);
}
