// s082 - stream.destroy(stream, err) (the destroyer utility) on Readable/Writable (no error given: AbortError for an unfinished Writable); Stream.destroy is the same function (lib/stream.js)
'use strict';
const stream = require('stream');
const { Readable, Writable } = stream;
const { log } = require('../../trace');

log('same function', stream.destroy === stream.Stream.destroy);
const r = new Readable({ read(size) {} });
r.on('error', (e) => log('r error', e.message));
r.on('close', () => log('r close', r.destroyed));
stream.destroy(r, new Error('util destroy'));
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error', e.name, e.code, e.message));
w.on('close', () => log('w close', w.destroyed, w.errored.name));
stream.destroy(w);
log('sync', r.destroyed, w.destroyed);
