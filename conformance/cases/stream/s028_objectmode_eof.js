// s028 - objectMode: push(null) is EOF; push after it errors; non-objectMode push of a number is ERR_INVALID_ARG_TYPE (test-stream-readable-invalid-chunk.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ objectMode: true, read(size) {} });
r.push('a');
r.push(null);
r.on('error', (e) => log('r error', e.code));
const got = [];
r.on('data', (v) => got.push(v));
r.on('end', () => log('end', got));
const bad = new Readable({ read(size) {} });
bad.on('error', (e) => log('bad error', e.code, e.message));
bad.on('close', () => log('bad close'));
log('push number', bad.push(42));
const bad2 = new Readable({ read(size) {} });
bad2.on('error', (e) => log('bad2 error', e.code, e.message));
log('push object', bad2.push({}));
