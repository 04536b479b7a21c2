// s051 - Transform: transform pushes, callback(null, data) pushes too, _flush pushes a trailer before 'end'; event order prefinish/finish/end (test-stream2-transform.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

const t = new Transform({
  transform(chunk, encoding, callback) {
    log('_transform', chunk.toString(), encoding);
    if (chunk.toString() === 'b') {
      t.push(Buffer.from('B1'));
      t.push(Buffer.from('B2'));
      callback();
    } else {
      callback(null, Buffer.from(chunk.toString().toUpperCase()));
    }
  },
  flush(callback) {
    log('_flush');
    callback(null, Buffer.from('TRAILER'));
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('event', ev));
t.on('data', (c) => log('data', c.toString()));
t.write('a');
t.write('b');
t.end('c');
