// s042 - _final runs after the last write and before 'prefinish'/'finish'; final(err) -> 'error' and no 'finish' (test-stream-writable-final-*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) { log('_write', chunk.toString()); callback(); },
  final(callback) {
    log('_final', w.writableLength, w.writableFinished);
    setImmediate(() => { log('final done'); callback(); });
  },
});
w.on('prefinish', () => log('prefinish'));
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close'));
w.write('x');
w.end('y', () => log('end cb'));
const f = new Writable({
  write(chunk, encoding, callback) { callback(); },
  final(callback) { callback(new Error('final failed')); },
});
f.on('finish', () => log('f finish (unexpected)'));
f.on('error', (e) => log('f error', e.message));
f.on('close', () => log('f close'));
f.end((err) => log('f end cb', err && err.message));
