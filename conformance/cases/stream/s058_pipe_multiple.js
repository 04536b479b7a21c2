// s058 - one source piped to two destinations: both get every chunk, both end; readableFlowing; pipes count (test-stream-pipe-multiple-pipes.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

function sink(name) {
  const got = [];
  const w = new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } });
  w.on('finish', () => log(name, 'finish', got));
  return w;
}
const src = new Readable({ read(size) {} });
const a = sink('a');
const b = sink('b');
src.pipe(a);
src.pipe(b);
log('pipes', src._readableState.pipes.length);
src.push('1');
src.push('2');
src.push(null);
