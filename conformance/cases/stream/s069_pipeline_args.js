// s069 - pipeline argument errors: no callback -> ERR_INVALID_ARG_TYPE, one stream -> ERR_MISSING_ARGS, array form of streams (test-stream-pipeline.js)
'use strict';
const { Readable, Writable, PassThrough, pipeline } = require('stream');
const { log } = require('../../trace');

try {
  pipeline(new Readable({ read(size) {} }), new Writable({ write(c, e, cb) { cb(); } }));
} catch (e) {
  log('no callback', e.code, e.message);
}
try {
  pipeline(new Readable({ read(size) {} }), () => {});
} catch (e) {
  log('one stream', e.code, e.message);
}
const got = [];
const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
pipeline([Readable.from(['p', 'q']), new PassThrough(), w], (err) => log('array form', err, got));
