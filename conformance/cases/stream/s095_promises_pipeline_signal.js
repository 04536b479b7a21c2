// s095 - stream.promises.pipeline with { signal }: aborting rejects with AbortError and destroys the streams; { end: false } leaves the destination open (test-stream-pipeline.js)
'use strict';
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const { log } = require('../../trace');

async function main() {
  const ac = new AbortController();
  const src = new Readable({ read(size) {} });
  const dest = new Writable({ write(c, e, cb) { cb(); } });
  const p = pipeline(src, dest, { signal: ac.signal });
  src.push('x');
  setImmediate(() => ac.abort());
  try {
    await p;
  } catch (e) {
    log('aborted', e.name, e.code, src.destroyed, dest.destroyed);
  }
  const got = [];
  const open = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  await pipeline(Readable.from(['1', '2']), open, { end: false });
  log('end false', got, open.writableEnded, open.destroyed);
  open.end();
}
main();
