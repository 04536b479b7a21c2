// s033 - a _write that calls back synchronously: write callbacks run after the current tick, in order, then 'finish' and 'close' (test-stream-writable-write-cb-twice.js, afterWriteTick batching)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({
  write(chunk, encoding, callback) {
    log('_write', chunk.toString());
    callback();
  },
});
for (const s of ['a', 'b', 'c']) {
  const ret = w.write(Buffer.from(s), () => log('cb', s, 'length', w.writableLength));
  log('wrote', s, ret, w.writableLength);
}
w.end(() => log('end cb', w.writableFinished));
log('after end', w.writableEnded, w.writableFinished);
w.on('finish', () => log('finish', w.writableFinished));
w.on('close', () => log('close'));
process.nextTick(() => log('tick'));
