// s016 - Readable.from(array): objectMode by default, one item per read, ends; objectMode false option (test-readable-from.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = Readable.from([1, 'two', { three: 3 }]);
log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
const got = [];
r.on('data', (c) => got.push(c));
r.on('end', () => log('end', got));
r.on('close', () => log('close'));
const b = Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false });
log('b objectMode', b.readableObjectMode);
const parts = [];
b.on('data', (c) => parts.push(c.toString()));
b.on('end', () => log('b end', parts));
