// s084 - Readable.from over an iterable that yields null: the stream errors with ERR_STREAM_NULL_VALUES (from.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = Readable.from(['a', null, 'b']);
const got = [];
r.on('data', (v) => got.push(v));
r.on('error', (e) => log('error', e.code, e.message, got));
r.on('end', () => log('end (unexpected)'));
r.on('close', () => log('close', r.destroyed));
