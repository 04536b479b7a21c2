// s063 - an error on the destination unpipes it from the source; the source keeps its data (test-stream-pipe-error-handling.js, test-stream-pipe-unpipe-streams.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const dest = new Writable({
  write(chunk, encoding, callback) {
    log('write', chunk.toString());
    callback(new Error('dest broke'));
  },
});
dest.on('unpipe', () => log('unpipe', src._readableState.pipes.length));
dest.on('error', (e) => log('dest error', e.message, 'listeners', dest.listenerCount('error')));
dest.on('close', () => log('dest close'));
src.pipe(dest);
src.push('a');
setImmediate(() => {
  src.push('b');
  log('src flowing', src.readableFlowing, 'length', src.readableLength, 'destroyed', src.destroyed);
});
