// s105 - pipeline whose first stage is an async generator function (called with { signal }) and whose middle stage is a Transform (test-stream-pipeline.js)
'use strict';
const { Transform, Writable, pipeline } = require('stream');
const { log } = require('../../trace');

const got = [];
pipeline(
  async function* (opts) {
    log('source got signal', typeof opts.signal, opts.signal.aborted);
    yield 'one';
    yield 'two';
  },
  new Transform({ transform(chunk, encoding, callback) { callback(null, chunk.toString() + ';'); } }),
  new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } }),
  (err) => log('done', err, got),
);
