// s061 - pipe with a slow destination: write() false pauses the source (awaitDrain), 'drain' resumes it; counts of pauses and drains (test-stream-pipe-await-drain*.js)
'use strict';
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

let n = 0;
const src = new Readable({
  highWaterMark: 2,
  read(size) {
    n++;
    this.push(n <= 6 ? Buffer.from(String(n)) : null);
  },
});
let pauses = 0;
src.on('pause', () => pauses++);
let drains = 0;
const dest = new Writable({
  highWaterMark: 2,
  write(chunk, encoding, callback) {
    log('write', chunk.toString(), 'writableLength', dest.writableLength, 'needDrain', dest.writableNeedDrain);
    setTimeout(callback, 1);
  },
});
dest.on('drain', () => drains++);
dest.on('finish', () => log('finish', 'pauses', pauses > 0, 'drains', drains > 0));
src.pipe(dest);
