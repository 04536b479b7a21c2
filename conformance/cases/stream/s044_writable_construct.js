// s044 - Writable _construct: writes are buffered until construct calls back, then written in order; end waits too (test-stream-construct.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  construct(callback) {
    log('construct');
    setImmediate(() => { log('constructed'); callback(); });
  },
  write(chunk, encoding, callback) { log('_write', chunk.toString()); callback(); },
  final(callback) { log('_final'); callback(); },
});
log('write a', w.write('a'), w.writableLength);
log('write b', w.write('b'), w.writableLength);
w.end();
w.on('finish', () => log('finish'));
w.on('close', () => log('close'));
