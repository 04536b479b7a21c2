// issue 12 item 4: WriteStream start with flags 'r+' (write in place), flags 'a' (append), 'wx' on an existing file (EEXIST), ReadStream over an fd from another stream's 'open' (autoClose false, no 'open' event, path undefined)
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f10.tmp';
fs.writeFileSync(p, '0123456789');
const w = fs.createWriteStream(p, { flags: 'r+', start: 3 });
w.end('abc');
w.on('close', () => {
  log('r+ start 3', fs.readFileSync(p, 'utf8'), w.pos, w.start);
  const a = fs.createWriteStream(p, { flags: 'a' });
  a.write('X');
  a.end('YZ');
  a.on('close', () => {
    log('append', fs.readFileSync(p, 'utf8'), a.bytesWritten, a.pos);
    const x = fs.createWriteStream(p, { flags: 'wx' });
    x.on('error', (e) => log('wx error', e.code, e.syscall, e.message));
    x.on('close', () => {
      const holder = fs.createReadStream(p, { autoClose: false });
      holder.on('open', (fd) => {
        const r = fs.createReadStream(null, { fd, start: 2, end: 5, autoClose: false });
        log('fd stream', r.path, r.pending, r.flags, r.autoClose);
        r.on('open', () => log('fd stream open (unexpected)'));
        r.on('data', (c) => log('fd data', c.toString()));
        r.on('end', () => log('fd end', r.fd === fd, r.destroyed));
        r.on('close', () => log('fd close (unexpected)'));
        r.on('end', () => {
          holder.close((err) => {
            log('holder closed', err && err.code, holder.fd, holder.destroyed);
            fs.unlinkSync(p);
          });
        });
      });
    });
  });
});
