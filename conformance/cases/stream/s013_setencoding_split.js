// s013 - setEncoding('utf8') keeps multi-byte characters split across pushes whole; 'data' gets strings; encoding property (test-stream2-set-encoding.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const euro = Buffer.from('€');
const face = Buffer.from('😀');
const pieces = [euro.subarray(0, 1), euro.subarray(1), Buffer.concat([Buffer.from('a'), face.subarray(0, 2)]),
  face.subarray(2, 3), Buffer.concat([face.subarray(3), Buffer.from('b')]), Buffer.from([0xe2, 0x82])];
const r = new Readable({ read(size) {} });
log('setEncoding returns self', r.setEncoding('utf8') === r);
log('readableEncoding', r.readableEncoding);
for (const p of pieces) r.push(p);
r.push(null);
r.on('data', (c) => log('data', typeof c, [c], Buffer.byteLength(c)));
r.on('end', () => log('end'));
