// s057 - pipe(): returns dest, 'pipe' event on dest with src, data in order, src 'end' ends dest, 'unpipe' on dest after end (test-stream-pipe-*.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const got = [];
const dest = new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } });
dest.on('pipe', (s) => log('pipe event', s === src, src.readableFlowing));
dest.on('unpipe', (s) => log('unpipe event', s === src));
dest.on('finish', () => log('finish', got));
src.on('end', () => log('src end'));
log('pipe returns dest', src.pipe(dest) === dest);
log('flowing after pipe', src.readableFlowing);
src.push('a');
src.push('b');
setImmediate(() => {
  src.push('c');
  src.push(null);
});
