// s066 - pipeline with a failing Transform: callback gets the error once, every stream is destroyed, the destination never finishes (test-stream-pipeline.js)
'use strict';
const { Readable, Transform, Writable, pipeline } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const t = new Transform({
  transform(chunk, encoding, callback) {
    if (chunk.toString() === 'bad') callback(new Error('bad chunk'));
    else callback(null, chunk);
  },
});
const dest = new Writable({ write(chunk, encoding, callback) { log('dest got', chunk.toString()); callback(); } });
dest.on('finish', () => log('dest finish (unexpected)'));
src.on('close', () => log('src close'));
dest.on('close', () => log('dest close'));
let calls = 0;
pipeline(src, t, dest, (err) => {
  calls++;
  log('callback', calls, err && err.message);
  setImmediate(() => log('destroyed', src.destroyed, t.destroyed, dest.destroyed, 'calls', calls));
});
src.push('ok');
setImmediate(() => src.push('bad'));
