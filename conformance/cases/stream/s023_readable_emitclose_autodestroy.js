// s023 - emitClose: false suppresses 'close'; autoDestroy: false leaves the stream undestroyed after 'end' (test-stream-readable-emit-close.js, test-stream-auto-destroy.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const a = new Readable({ emitClose: false, read(size) {} });
a.on('close', () => log('a close (unexpected)'));
a.destroy();
log('a destroyed', a.destroyed);
const b = new Readable({ autoDestroy: false, read(size) {} });
b.on('end', () => {
  log('b end', b.destroyed);
  setImmediate(() => {
    log('b later', b.destroyed, b.closed);
    b.destroy();
  });
});
b.on('close', () => log('b close', b.destroyed));
b.push(null);
b.resume();
const c = new Readable({ read(size) {} });
c.on('end', () => log('c end', c.destroyed));
c.on('close', () => log('c close', c.destroyed));
c.push(null);
c.resume();
