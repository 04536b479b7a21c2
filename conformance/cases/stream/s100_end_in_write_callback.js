// s100 - end() called from a write callback and writes chained from callbacks: order of _write, callbacks, finish (test-stream-writable-*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) { log('_write', chunk.toString()); setImmediate(callback); },
});
w.on('finish', () => log('finish'));
w.write('1', () => {
  log('cb 1');
  w.write('2', () => {
    log('cb 2');
    w.end('3', () => log('end cb'));
  });
});
