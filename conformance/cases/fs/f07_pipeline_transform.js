// issue 12 item 4: stream.pipeline(readStream, Transform, writeStream, cb) and stream.promises.pipeline; a failing Transform destroys both files' streams and the callback gets its error
'use strict';
const fs = require('fs');
const { pipeline, Transform } = require('stream');
const { log } = require('../../trace');

const src = 'f07-src.tmp';
const dst = 'f07-dst.tmp';
fs.writeFileSync(src, 'hello pipeline\n'.repeat(1000));
const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});
const r = fs.createReadStream(src, { highWaterMark: 1000 });
const w = fs.createWriteStream(dst);
let finished = false;
w.on('finish', () => { finished = true; });
pipeline(r, upper(), w, (err) => {
  log('pipeline cb', err, finished, w.bytesWritten, r.bytesRead, r.destroyed, w.destroyed);
  const out = fs.readFileSync(dst, 'utf8');
  log('content', out.length, out.slice(0, 14));
  const r2 = fs.createReadStream(src, { highWaterMark: 100 });
  const w2 = fs.createWriteStream(dst);
  let n = 0;
  const failing = new Transform({
    transform(chunk, enc, cb) { if (++n === 3) cb(new Error('boom')); else cb(null, chunk); },
  });
  pipeline(r2, failing, w2, (err2) => {
    log('pipeline 2 cb', err2.message, r2.destroyed, w2.destroyed, n);
    w2.on('close', () => {
      log('w2 close', w2.bytesWritten <= 200, w2.bytesWritten % 100);
      require('stream').promises.pipeline(fs.createReadStream(src), upper(), fs.createWriteStream(dst)).then(() => {
        log('promises.pipeline', fs.readFileSync(dst, 'utf8').length);
        fs.unlinkSync(src);
        fs.unlinkSync(dst);
      });
    });
  });
});
