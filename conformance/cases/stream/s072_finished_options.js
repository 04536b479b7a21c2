// s072 - finished() options: {readable:false} on a Duplex waits only for finish, {writable:false} only for end; the returned cleanup removes the listeners (test-stream-finished.js)
'use strict';
const { Duplex, Readable, finished } = require('stream');
const { log } = require('../../trace');

function duplex() {
  return new Duplex({ read(size) {}, write(chunk, encoding, callback) { callback(); } });
}
const d1 = duplex();
finished(d1, { readable: false }, (err) => log('d1 writable side done', err, 'readableEnded', d1.readableEnded));
d1.end('x');
const d2 = duplex();
finished(d2, { writable: false }, (err) => log('d2 readable side done', err, 'writableEnded', d2.writableEnded));
d2.push(null);
d2.resume();
const d3 = duplex();
finished(d3, (err) => log('d3 both done', err));
d3.end();
setImmediate(() => {
  log('d3 after end only');
  d3.push(null);
  d3.resume();
});
const r = new Readable({ read(size) {} });
const before = r.listenerCount('end');
const cleanup = finished(r, () => log('r callback (unexpected)'));
log('listeners added', r.listenerCount('end') - before, 'cleanup is a function', typeof cleanup === 'function');
cleanup();
log('after cleanup', r.listenerCount('end') - before);
r.destroy();
