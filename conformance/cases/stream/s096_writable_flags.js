// s096 - Writable flags over its life: writable, writableEnded, writableFinished, writableLength, writableNeedDrain, destroyed, closed (test-stream-writable-properties.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

let release;
const w = new Writable({ highWaterMark: 2, write(chunk, encoding, callback) { release = callback; } });
const flags = (when) => log(when, w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableNeedDrain, w.destroyed, w.closed);
flags('fresh');
w.write('abc');
flags('after write');
w.end();
flags('after end');
w.on('finish', () => flags('finish'));
w.on('close', () => flags('close'));
setImmediate(() => {
  release();
  flags('after release');
});
