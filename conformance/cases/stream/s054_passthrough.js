// s054 - PassThrough: bytes through unchanged, write() backpressure with a paused reader, 'drain' after reading, end (test-stream2-passthrough.js)
'use strict';
const { PassThrough } = require('stream');
const { log } = require('../../trace');

const p = new PassThrough({ highWaterMark: 4 });
log('write abc', p.write('abc'), p.writableLength, p.readableLength);
log('write def', p.write('def'), p.writableLength, p.readableLength);
log('write ghi', p.write('ghi'), p.writableLength, p.readableLength);
p.on('drain', () => log('drain'));
setImmediate(() => {
  log('lengths', p.writableLength, p.readableLength);
  const c = p.read();
  log('read', c.toString(), p.writableLength, p.readableLength);
  setImmediate(() => {
    const c2 = p.read();
    log('read again', c2 === null ? null : c2.toString());
    p.end();
    p.on('end', () => log('end'));
    p.on('finish', () => log('finish'));
    p.resume();
  });
});
