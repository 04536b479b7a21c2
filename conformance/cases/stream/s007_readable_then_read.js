// s007 - 'readable' plus 'data': data is emitted only when read() is called from the 'readable' handler; end after the last read (test-stream-readable-readable.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const chunks = ['one', 'two', 'three'];
const r = new Readable({
  read(size) {
    const c = chunks.shift();
    log('_read', c === undefined ? 'EOF' : c);
    r.push(c === undefined ? null : Buffer.from(c));
  },
});
r.on('data', (c) => log('data', c.toString()));
r.on('readable', () => {
  log('readable', r.readableLength);
  let c;
  while ((c = r.read()) !== null) log('read', c.toString());
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
