// s083 - pipeline where the source errors: callback with that error, destination destroyed without 'finish' (test-stream-pipeline.js)
'use strict';
const { Readable, Writable, pipeline } = require('stream');
const { log } = require('../../trace');

const src = new Readable({ read(size) {} });
const got = [];
const dest = new Writable({ write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); } });
dest.on('finish', () => log('finish (unexpected)'));
dest.on('close', () => log('dest close', dest.destroyed));
pipeline(src, dest, (err) => log('callback', err.message, got, 'errored', dest.errored && dest.errored.message));
src.push('1');
setImmediate(() => src.destroy(new Error('source broke')));
