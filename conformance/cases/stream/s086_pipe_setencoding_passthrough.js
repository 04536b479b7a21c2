// s086 - a PassThrough with setEncoding('utf8') fed a multi-byte text one byte at a time emits whole characters (test-stream2-set-encoding.js)
'use strict';
const { PassThrough } = require('stream');
const { log } = require('../../trace');

const p = new PassThrough();
p.setEncoding('utf8');
const out = [];
p.on('data', (s) => out.push(s));
p.on('end', () => log('chunks', out, 'joined', out.join('')));
const buf = Buffer.from('a€😀');
for (let i = 0; i < buf.length; i++) p.write(buf.subarray(i, i + 1));
p.end();
