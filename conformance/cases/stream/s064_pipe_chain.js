// s064 - src.pipe(transform).pipe(dest) chain with objectMode and finish/end ordering (test-stream-pipe-*.js)
'use strict';
const { Readable, Transform, Writable } = require('stream');
const { log } = require('../../trace');

const src = Readable.from([1, 2, 3]);
const t = new Transform({ objectMode: true, transform(n, encoding, callback) { callback(null, n * 10); } });
const out = [];
const dest = new Writable({ objectMode: true, write(v, encoding, callback) { out.push(v); callback(); } });
src.on('end', () => log('src end'));
t.on('end', () => log('t end'));
t.on('finish', () => log('t finish'));
dest.on('finish', () => log('dest finish', out));
src.pipe(t).pipe(dest);
