// s112 - Readable.prototype.wrap(oldStream): old-style 'data'/'end' become a new Readable's data; pausing the wrapper pauses the old stream (test-stream2-readable-wrap.js)
'use strict';
const { Readable, Stream } = require('stream');
const { log } = require('../../trace');

const old = new Stream();
old.pause = () => log('old.pause()');
old.resume = () => log('old.resume()');
const r = new Readable({ highWaterMark: 2 }).wrap(old);
log('wrap returns a Readable', r instanceof Readable);
old.emit('data', Buffer.from('abc'));
old.emit('data', Buffer.from('de'));
log('buffered', r.readableLength);
const got = [];
r.on('data', (c) => got.push(c.toString()));
r.on('end', () => log('end', got));
setImmediate(() => old.emit('end'));
