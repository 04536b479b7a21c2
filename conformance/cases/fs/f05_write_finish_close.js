// issue 12 item 4: fs.createWriteStream events (open, ready, finish, close), write() return values and 'drain' with a small highWaterMark, bytesWritten, end(cb), file content
'use strict';
const fs = require('fs');
const { log } = require('../../trace');

const p = 'f05.tmp';
const w = fs.createWriteStream(p, { highWaterMark: 8 });
log('created', w.path, w.fd, w.pending, w.bytesWritten, w.writableHighWaterMark, w.autoClose, w.flags, w.mode);
w.on('open', (fd) => log('open', typeof fd, w.pending));
w.on('ready', () => log('ready'));
w.on('drain', () => log('drain', w.bytesWritten, w.writableLength));
w.on('finish', () => log('finish', w.bytesWritten, w.writableFinished, w.fd !== null));
w.on('close', () => {
  log('close', w.bytesWritten, w.fd, w.pending, w.destroyed, w.closed);
  log('content', fs.readFileSync(p, 'utf8'));
  const w2 = fs.createWriteStream(p, 'hex');
  w2.write('414243');
  w2.end(Buffer.from('!'));
  w2.on('close', () => {
    log('hex content', fs.readFileSync(p, 'latin1'), w2.bytesWritten);
    fs.unlinkSync(p);
  });
});
log('w1', w.write('hello', (err) => log('cb1', err)), w.writableLength);
log('w2', w.write(' world', (err) => log('cb2', err)), w.writableLength, w.writableNeedDrain);
log('w3', w.write(Buffer.from('!!')), w.writableLength);
w.end('\n', () => log('end cb', w.bytesWritten));
log('ended', w.writableEnded, w.writable);
