// issue 12 item 4: ENOENT/EISDIR as Node's uv errors (message, errno, code, syscall, path) on a read stream, a write stream with pending writes, and readFileSync/unlinkSync
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

function shape(e) {
  return [e.message, e.errno, e.code, e.syscall, e.path, e instanceof Error];
}
const r = fs.createReadStream('f04-missing.tmp');
r.on('open', () => log('r open'));
r.on('error', (e) => log('r error', shape(e), r.destroyed));
r.on('close', () => {
  log('r close', r.fd, r.pending);
  const w = fs.createWriteStream('f04-missing-dir/x.tmp');
  for (const ev of ['open', 'ready', 'finish']) w.on(ev, () => log('w', ev));
  log('w write', w.write('abc', (err) => log('write cb', err.code)));
  w.end(() => log('w end cb'));
  w.on('error', (e) => log('w error', shape(e), w.writable, w.destroyed));
  w.on('close', () => {
    log('w close', w.bytesWritten);
    const d = fs.createReadStream('.');
    d.on('open', () => log('d open'));
    d.on('error', (e) => log('d error', shape(e)));
    d.on('close', () => {
      log('d close');
      for (const f of [() => fs.readFileSync('f04-missing.tmp'), () => fs.readFileSync('.'),
        () => fs.unlinkSync('f04-missing.tmp'), () => fs.writeFileSync('f04-missing-dir/x', 'a')]) {
        try { f(); } catch (e) { log('sync', shape(e)); }
      }
    });
    d.resume();
  });
});
