// s067 - pipeline where a middle stream is destroyed without an error: callback gets ERR_STREAM_PREMATURE_CLOSE (test-stream-pipeline.js)
'use strict';
const { Readable, PassThrough, Writable, pipeline } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const mid = new PassThrough();
const dest = new Writable({ write(chunk, encoding, callback) { callback(); } });
pipeline(src, mid, dest, (err) => {
  log('callback', err && err.code, err && err.message);
  log('destroyed', src.destroyed, mid.destroyed, dest.destroyed);
});
src.push('x');
setImmediate(() => mid.destroy());
