// s037 - end() while corked flushes through _writev, then 'finish'; writev callback error goes to every write callback (test-stream-writev.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) { log('_write', chunk.toString()); callback(); },
  writev(chunks, callback) { log('_writev', chunks.length, chunks.map((c) => c.chunk.toString()), chunks.map((c) => c.encoding)); callback(); },
});
w.cork();
w.write('1', () => log('cb 1'));
w.write('2', () => log('cb 2'));
w.end('3', () => log('end cb'));
log('corked after end', w.writableCorked);
w.on('finish', () => log('finish'));
const e = new Writable({
  writev(chunks, callback) { callback(new Error('writev failed')); },
});
e.on('error', (err) => log('e error', err.message));
e.on('close', () => log('e close'));
e.cork();
e.write('a', (err) => log('e cb a', err && err.message));
e.write('b', (err) => log('e cb b', err && err.message));
e.uncork();
