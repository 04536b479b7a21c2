// s062 - piping into a destination that has already ended: write after end error on dest, source unpiped (test-stream-pipe-after-end.js, test-stream-writable-write-after-end.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const dest = new Writable({ write(chunk, encoding, callback) { callback(); } });
dest.end();
dest.on('finish', () => {
  log('dest finished');
  const src = new Readable({ read(size) {} });
  dest.on('error', (e) => log('dest error', e.code));
  dest.on('unpipe', () => log('unpipe'));
  src.pipe(dest);
  src.push('x');
  setImmediate(() => log('src flowing', src.readableFlowing, 'pipes', src._readableState.pipes.length));
});
