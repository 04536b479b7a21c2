// s045 - Writable emitClose: false (no 'close'), autoDestroy: false (not destroyed after 'finish'), destroy after finish (test-stream-writable-destroy.js, test-stream-auto-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const opts = (extra) => Object.assign({ write(chunk, encoding, callback) { callback(); } }, extra);
const a = new Writable(opts({ emitClose: false }));
a.on('finish', () => log('a finish', a.destroyed));
a.on('close', () => log('a close (unexpected)'));
a.end('x');
const b = new Writable(opts({ autoDestroy: false }));
b.on('finish', () => {
  log('b finish', b.destroyed);
  setImmediate(() => {
    log('b later', b.destroyed, b.closed);
    b.destroy();
    log('b destroyed', b.destroyed);
  });
});
b.on('close', () => log('b close'));
b.end();
const c = new Writable(opts({}));
c.on('finish', () => log('c finish', c.destroyed));
c.on('close', () => log('c close', c.destroyed, c.closed, c.writableFinished));
c.end();
