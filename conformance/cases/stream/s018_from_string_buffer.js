// s018 - Readable.from(string) and from(Buffer) emit the whole value as one chunk, not per character (test-readable-from.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const s = Readable.from('hello');
const got = [];
s.on('data', (c) => got.push(c));
s.on('end', () => {
  log('string', got, s.readableObjectMode);
  const b = Readable.from(Buffer.from('bytes'));
  const out = [];
  b.on('data', (c) => out.push(Buffer.isBuffer(c) ? c.toString() : 'not a buffer'));
  b.on('end', () => log('buffer', out));
});
try {
  Readable.from(42);
} catch (e) {
  log('not iterable', e.code, e.message);
}
