// s070 - stream.promises.pipeline resolves after the destination finishes and rejects with a stage's error (test-stream-promises.js)
'use strict';
const { Readable, Writable, Transform } = require('stream');
const { pipeline } = require('stream/promises');
const { log } = require('../../trace');

async function main() {
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  const r = await pipeline(Readable.from(['1', '2']), w);
  log('resolved', r, got, w.writableFinished);
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('nope')); } });
  try {
    await pipeline(Readable.from(['x']), bad, new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) {
    log('rejected', e.message, bad.destroyed);
  }
  const val = await pipeline(Readable.from(['a', 'b']), async function (source) {
    let s = '';
    for await (const c of source) s += c;
    return s;
  });
  log('value', val);
}
main();
