// s106 - destroy(err1) then destroy(err2): one 'error' (err1), errored keeps err1; destroy(err) after close is a no-op (test-stream-readable-destroy.js)
'use strict';
const { Writable } = require('stream');
const { log } = require('../../trace');

const w = new Writable({ write(c, e, cb) { cb(); } });
const seen = [];
w.on('error', (e) => seen.push(e.message));
w.destroy(new Error('err1'));
w.destroy(new Error('err2'));
log('errored', w.errored.message);
w.on('close', () => {
  w.destroy(new Error('err3'));
  setImmediate(() => log('errors seen', seen, 'errored', w.errored.message));
});
