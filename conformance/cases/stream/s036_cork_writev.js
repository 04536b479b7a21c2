// s036 - cork() buffers writes; uncork() hands them to _writev as {chunk, encoding} entries; writableCorked; nested cork needs as many uncorks (test-stream-writev.js, test-stream-writable-uncork*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  decodeStrings: false,
  write(chunk, encoding, callback) { log('_write', chunk, encoding); callback(); },
  writev(chunks, callback) {
    log('_writev', chunks.map((c) => [Buffer.isBuffer(c.chunk) ? 'buf:' + c.chunk.toString() : c.chunk, c.encoding]));
    callback();
  },
});
w.cork();
w.cork();
log('corked', w.writableCorked);
w.write('a');
w.write(Buffer.from('b'));
w.write('6869', 'hex');
log('buffered', w.writableLength, w.writableBuffer.length);
w.uncork();
log('after one uncork', w.writableCorked, w.writableLength);
w.uncork();
log('after two uncorks', w.writableCorked, w.writableLength);
w.uncork();
log('extra uncork', w.writableCorked);
process.nextTick(() => {
  w.write('single');
  w.cork();
  w.write('x');
  w.write('y');
  process.nextTick(() => w.uncork());
});
