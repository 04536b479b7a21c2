// issue 12 item 2: fs.createReadStream(p).pipe(process.stdout) twice: pipe() never ends stdout, the bytes interleave with log lines in program order, write callbacks run
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f12.tmp';
fs.writeFileSync(p, 'line one\nline two\n');
process.stdout.on('finish', () => log('stdout finish (unexpected)'));
const r = fs.createReadStream(p);
r.pipe(process.stdout);
r.on('end', () => log('r end', process.stdout.writableEnded, process.stdout.writable));
r.on('close', () => {
  process.stdout.write('written after the pipe\n', () => {
    log('write cb');
    const r2 = fs.createReadStream(p, { start: 5 });
    r2.pipe(process.stdout);
    r2.on('close', () => {
      log('second pipe done', process.stdout.writable, process.stdout.destroyed, process.stdout.listenerCount('unpipe'));
      process.stdout.write('still open\n');
      fs.unlinkSync(p);
    });
  });
});
