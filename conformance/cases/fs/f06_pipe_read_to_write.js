// issue 12 item 4: readStream.pipe(writeStream): events on both sides in order, 'pipe'/'unpipe', bytes copied, the read side's highWaterMark chunks
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const src = 'f06-src.tmp';
const dst = 'f06-dst.tmp';
fs.writeFileSync(src, Buffer.alloc(200000, 'ab'));
const r = fs.createReadStream(src);
const w = fs.createWriteStream(dst);
let chunks = 0;
r.on('data', () => chunks++);
r.on('end', () => log('r end', r.bytesRead, chunks));
w.on('pipe', (s) => log('w pipe', s === r));
w.on('unpipe', (s) => log('w unpipe', s === r));
w.on('finish', () => log('w finish', w.bytesWritten));
w.on('close', () => {
  log('w close', w.bytesWritten);
  const out = fs.readFileSync(dst);
  log('same', out.equals(fs.readFileSync(src)), out.length);
  fs.unlinkSync(src);
  fs.unlinkSync(dst);
});
log('pipe returns dest', r.pipe(w) === w);
