// issue 12 item 4: fs.createReadStream events in order, chunk sizes with highWaterMark, fd/bytesRead/pending at each event
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f01.tmp';
fs.writeFileSync(p, 'x'.repeat(10000));
const r = fs.createReadStream(p, { highWaterMark: 4096 });
log('created', r.path, r.fd, r.pending, r.bytesRead, r.readableHighWaterMark, r.autoClose);
r.on('open', (fd) => log('open', typeof fd, fd === r.fd, r.pending));
r.on('ready', () => log('ready', r.bytesRead));
r.on('data', (chunk) => log('data', chunk.length, r.bytesRead));
r.on('end', () => log('end', r.bytesRead, r.fd === null, r.destroyed));
r.on('close', () => {
  log('close', r.fd, r.pending, r.destroyed, r.closed);
  const big = fs.createReadStream(p);
  const sizes = [];
  big.on('data', (chunk) => sizes.push(chunk.length));
  big.on('close', () => {
    log('default hwm sizes', sizes, big.readableHighWaterMark);
    fs.unlinkSync(p);
    log('exists after unlink', fs.existsSync(p));
  });
});
