// s001 - Readable paused mode: read() from the buffer, read(0), null when empty, readableLength, _read calls (test-stream-readable-*.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let n = 0;
const r = new Readable({
  read(size) {
    n++;
    log('_read', n, size);
    if (n <= 3) r.push(Buffer.from('chunk' + n));
    else r.push(null);
  },
});
log('flowing', r.readableFlowing, 'length', r.readableLength, 'paused', r.isPaused());
const a = r.read();
log('read()', a === null ? null : a.toString(), 'length', r.readableLength);
setImmediate(() => {
  log('length before', r.readableLength);
  const b = r.read();
  log('read() 2', b === null ? null : b.toString(), 'length', r.readableLength);
  log('read(0)', r.read(0));
  setImmediate(() => {
    let c;
    while ((c = r.read()) !== null) log('loop', c.toString());
    log('ended', r.readableEnded, 'flowing', r.readableFlowing);
  });
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
