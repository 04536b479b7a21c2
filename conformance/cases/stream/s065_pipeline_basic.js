// s065 - pipeline(src, transform, dest, cb): data flows, callback with no error after dest finishes, returns the last stream, all streams end up destroyed (test-stream-pipeline.js)
'use strict';
const { Readable, Transform, Writable, pipeline } = require('stream');
const { log } = require('../../trace');

const src = Readable.from(['a', 'b', 'c']);
const up = new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); } });
const out = [];
const dest = new Writable({ write(chunk, encoding, callback) { out.push(chunk.toString()); callback(); } });
dest.on('finish', () => log('dest finish'));
const ret = pipeline(src, up, dest, (err, val) => {
  log('callback', err, val, out);
  log('destroyed', src.destroyed, up.destroyed, dest.destroyed);
});
log('returns last', ret === dest);
