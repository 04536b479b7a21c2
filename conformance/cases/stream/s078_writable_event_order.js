// s078 - Writable event order for a full life with a slow write: 'drain', 'prefinish', 'finish', 'close' (test-stream-writable-finish*.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  highWaterMark: 1,
  write(chunk, encoding, callback) { setImmediate(callback); },
  final(callback) { setImmediate(callback); },
});
const events = [];
const orig = w.emit;
w.emit = function (name, ...args) {
  if (name !== 'newListener' && name !== 'removeListener') events.push(name);
  return orig.call(this, name, ...args);
};
w.write('ab');
w.write('cd');
w.on('drain', () => w.end('ef'));
w.on('close', () => log('events', events));
