// s060 - pipe(dest, { end: false }) leaves dest open after src ends; a second source can then be piped (test-stream-pipe-end*.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const got = [];
const dest = new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } });
dest.on('finish', () => log('finish', got));
const one = Readable.from(['a', 'b']);
one.pipe(dest, { end: false });
one.on('end', () => {
  log('one end, dest ended?', dest.writableEnded);
  const two = Readable.from(['c']);
  two.pipe(dest);
});
