// issue 12 item 4: ReadStream destroy() mid-read waits for the read in flight then closes (close, no end), close(cb), destroy(err); WriteStream close(cb) ends it, destroy() with buffered writes
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f11.tmp';
fs.writeFileSync(p, Buffer.alloc(100000, 'q'));
const r = fs.createReadStream(p, { highWaterMark: 1000 });
let n = 0;
r.on('data', () => { if (++n === 2) { r.destroy(); log('destroyed', r.destroyed, r.fd !== null); } });
r.on('end', () => log('end (unexpected)'));
r.on('close', () => {
  log('r close', n, r.bytesRead, r.fd);
  const r2 = fs.createReadStream(p);
  r2.on('open', () => {
    r2.close((err) => log('close cb', err && err.code, r2.destroyed, r2.fd));
  });
  r2.on('close', () => {
    const r3 = fs.createReadStream(p);
    r3.on('error', (e) => log('r3 error', e.message));
    r3.on('close', () => {
      log('r3 close', r3.bytesRead);
      const w = fs.createWriteStream(p);
      w.write('abc');
      w.close((err) => {
        log('w close cb', err && err.code, w.bytesWritten, fs.readFileSync(p, 'utf8'), w.writableFinished);
        const w2 = fs.createWriteStream(p);
        w2.on('open', () => {
          w2.write('x', (err2) => log('w2 write cb', err2 && err2.code));
          w2.destroy();
          log('w2 destroyed', w2.destroyed);
        });
        w2.on('finish', () => log('w2 finish (unexpected)'));
        w2.on('close', () => {
          log('w2 close', w2.fd);
          fs.unlinkSync(p);
        });
      });
    });
    r3.destroy(new Error('stop'));
  });
});
