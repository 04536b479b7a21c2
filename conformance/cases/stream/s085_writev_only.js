// s085 - a Writable with only writev: a single uncorked write goes to _writev with one entry; buffered writes during a pending writev are batched (test-stream-writev.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  writev(chunks, callback) {
    log('_writev', chunks.map((c) => c.chunk.toString()));
    setImmediate(callback);
  },
});
w.write('a');
w.write('b');
w.write('c');
w.end('d');
w.on('finish', () => log('finish'));
