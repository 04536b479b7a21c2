// s071 - finished(): callback once on end/finish, ERR_STREAM_PREMATURE_CLOSE when destroyed before ending, the stream's error otherwise (test-stream-finished.js)
'use strict';
const { Readable, Writable, finished } = require('stream');
const { log } = require('../../trace');

const a = new Readable({ read(size) {} });
finished(a, (err) => log('a', err === undefined ? 'no error' : err.code));
a.push(null);
a.resume();
const b = new Readable({ read(size) {} });
finished(b, (err) => log('b', err.code, err.message));
b.destroy();
const c = new Writable({ write(chunk, encoding, callback) { callback(); } });
finished(c, (err) => log('c', err === undefined ? 'no error' : err.code));
c.end('x');
const d = new Writable({ write(chunk, encoding, callback) { callback(new Error('write failed')); } });
d.on('error', () => {});
finished(d, (err) => log('d', err.message));
d.write('x');
const e = new Writable({ write(chunk, encoding, callback) { callback(); } });
finished(e, (err) => log('e', err.code));
e.write('x');
e.destroy();
