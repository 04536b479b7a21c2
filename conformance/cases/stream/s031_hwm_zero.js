// s031 - highWaterMark 0: push returns false, data still flows on read(), 'readable' fires (test-stream-readable-hwm-0.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read(size) {
    n++;
    log('_read', n, size);
    setImmediate(() => log('push returned', r.push(n < 3 ? Buffer.from('v' + n) : null)));
  },
});
r.on('readable', () => {
  let c;
  do {
    c = r.read();
    log('readable read', c === null ? null : c.toString());
  } while (c !== null);
});
r.on('end', () => log('end'));
