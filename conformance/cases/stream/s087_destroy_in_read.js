// s087 - destroy() called from inside _read: no more _read calls, 'close' without 'end', read() returns null (test-stream-readable-destroy.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

let calls = 0;
const r = new Readable({
  read(size) {
    calls++;
    r.push('x');
    r.destroy();
  },
});
r.on('data', (c) => log('data', c.toString()));
r.on('end', () => log('end (unexpected)'));
r.on('close', () => log('close', calls, r.readableLength));
