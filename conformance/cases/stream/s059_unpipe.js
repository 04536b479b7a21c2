// s059 - unpipe(dest) and unpipe(): 'unpipe' events, flowing stops when no pipes remain, unpiping a non-piped dest is a no-op (test-stream-unpipe-event.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

function sink(name) {
  const w = new Writable({ write(chunk, encoding, callback) { log(name, 'got', chunk.toString()); callback(); } });
  w.on('unpipe', () => log(name, 'unpipe event'));
  w.on('finish', () => log(name, 'finish (unexpected)'));
  return w;
}
const src = new Readable({ read(size) {} });
const a = sink('a');
const b = sink('b');
const c = sink('c');
src.pipe(a);
src.pipe(b);
src.push('x');
setImmediate(() => {
  log('unpipe a returns src', src.unpipe(a) === src, 'flowing', src.readableFlowing);
  src.unpipe(c);
  src.push('y');
  setImmediate(() => {
    src.unpipe();
    log('after unpipe all', src.readableFlowing, src._readableState.pipes.length);
    src.push('z');
    setImmediate(() => log('buffered', src.readableLength));
  });
});
