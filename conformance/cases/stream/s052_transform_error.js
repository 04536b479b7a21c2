// s052 - Transform callback(err) and a throwing _transform: 'error' then 'close', both sides destroyed; flush(err) likewise (test-stream-transform-callback-twice.js, test-stream-transform-destroy.js)
'use strict';
const { Transform } = require('stream');
const { log } = require('../../trace');

const a = new Transform({ transform(chunk, encoding, callback) { callback(new Error('transform failed')); } });
a.on('error', (e) => log('a error', e.message, a.destroyed, a.readable, a.writable));
a.on('close', () => log('a close'));
a.write('x', (err) => log('a write cb', err && err.message));
const b = new Transform({
  transform(chunk, encoding, callback) { callback(null, chunk); },
  flush(callback) { callback(new Error('flush failed')); },
});
b.on('error', (e) => log('b error', e.message));
b.on('finish', () => log('b finish'));
b.on('end', () => log('b end (unexpected)'));
b.on('close', () => log('b close'));
b.resume();
b.end('y');
