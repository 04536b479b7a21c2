// s107 - objectMode read(n) with n above highWaterMark: hwm unchanged? and how many _read calls follow (readable.js read/computeNewHighWaterMark)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let calls = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read(size) { calls++; log('_read size', size); } });
r.push('a');
log('read(50)', r.read(50), 'hwm', r.readableHighWaterMark, 'calls', calls);
log('read(50) empty', r.read(50), 'hwm', r.readableHighWaterMark, 'calls', calls);
