// s108 - calling read() inside a 'data' handler of a flowing stream: the returned chunk is also emitted as 'data' (test-stream-readable-flow-recursion.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ objectMode: true, read(size) {} });
r.push(1);
r.push(2);
r.push(3);
r.push(null);
let first = true;
r.on('data', (v) => {
  log('data', v);
  if (first) {
    first = false;
    log('read inside', r.read());
  }
});
r.on('end', () => log('end'));
