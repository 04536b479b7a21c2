// s101 - pipe() on a source that has a 'readable' listener does not make it flow; removing the listener lets the pipe flow (test-stream-readable-and-data.js, test-stream-pipe-*.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const onReadable = () => log('readable event', src.readableLength);
src.on('readable', onReadable);
const dest = new Writable({ write(chunk, encoding, callback) { log('dest got', chunk.toString()); callback(); } });
src.pipe(dest);
log('flowing after pipe', src.readableFlowing);
src.push('a');
setImmediate(() => {
  log('buffered', src.readableLength, 'flowing', src.readableFlowing);
  src.removeListener('readable', onReadable);
  setImmediate(() => log('after removal', src.readableFlowing, src.readableLength));
});
