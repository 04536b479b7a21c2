// s005 - objectMode: read(n) returns one object whatever n is, readableLength counts objects, falsy values are data, hwm 16 (test-stream-objectmode-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ objectMode: true, read(size) {} });
log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
for (const v of [0, '', false, { a: 1 }, [1, 2], 'str']) log('push', v, r.push(v));
log('length', r.readableLength);
log('read(5)', r.read(5), r.readableLength);
log('read(0)', r.read(0), r.readableLength);
log('read()', r.read(), r.readableLength);
log('read(100)', r.read(100), r.readableLength);
const items = [];
let x;
while ((x = r.read()) !== null) items.push(x);
log('rest', items, r.readableLength);
const r2 = new Readable({ objectMode: true, highWaterMark: 2, read(size) {} });
log('hwm2 push', r2.push(1), r2.push(2), r2.push(3), r2.readableLength);
