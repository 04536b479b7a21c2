// s110 - writableBuffer entries while corked (chunk/encoding/callback fields) and _writev's allBuffers flag via chunks (test-stream-writable-writable-buffer.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, callback) { callback(); },
  writev(chunks, callback) { log('_writev', chunks.length, Object.keys(chunks[0]).sort()); callback(); },
});
w.cork();
w.write('a');
w.write(Buffer.from('b'), () => {});
const buf = w.writableBuffer;
log('writableBuffer', buf.length, buf.map((e) => [Buffer.isBuffer(e.chunk) ? 'buf' : e.chunk, e.encoding, typeof e.callback]));
log('keys', Object.keys(buf[0]).sort());
process.nextTick(() => w.uncork());
