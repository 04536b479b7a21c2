// s047 - end(chunk, encoding, cb), end(cb), end(chunk, cb); writableEnded vs writableFinished timing; 'finish' once (test-stream-writable-end-*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

function make(name) {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) { log(name, '_write', chunk, encoding); setImmediate(callback); },
  });
  w.on('finish', () => log(name, 'finish', w.writableEnded, w.writableFinished));
  return w;
}
const a = make('a');
log('a end returns self', a.end('6869', 'hex', () => log('a end cb')) === a, a.writableEnded, a.writableFinished);
const b = make('b');
b.end(() => log('b end cb'));
const c = make('c');
c.end('last', () => log('c end cb'));
c.end();
