// s088 - destroying a piped source does not end the destination; the destination stays writable (test-stream-pipe-*.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const dest = new Writable({ write(chunk, encoding, callback) { log('got', chunk.toString()); callback(); } });
dest.on('unpipe', () => log('unpipe'));
dest.on('finish', () => log('finish (unexpected)'));
src.pipe(dest);
src.push('a');
setImmediate(() => {
  src.destroy();
  setImmediate(() => log('dest', dest.writableEnded, dest.destroyed, 'pipes', src._readableState.pipes.length));
});
