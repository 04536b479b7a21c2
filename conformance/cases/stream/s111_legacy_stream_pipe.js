// s111 - legacy Stream.prototype.pipe: an old-style source (plain Stream emitting 'data'/'end') piped to a Writable; write() false pauses the source when it has pause(); 'end' ends dest (legacy.js)
'use strict';
const { Stream, Writable } = require('stream');
const { log } = require('../../trace');

const src = new Stream();
src.pause = () => log('src.pause()');
src.resume = () => log('src.resume()');
const dest = new Writable({
  highWaterMark: 1,
  write(chunk, encoding, callback) { log('dest write', chunk.toString()); setImmediate(callback); },
});
dest.on('pipe', (s) => log('pipe event', s === src));
dest.on('finish', () => log('dest finish'));
log('pipe returns dest', src.pipe(dest) === dest);
src.emit('data', Buffer.from('a'));
src.emit('data', Buffer.from('b'));
setImmediate(() => setImmediate(() => src.emit('end')));
