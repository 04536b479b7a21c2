// s113 - destroy(err, cb): the callback gets the error first, then 'error' and 'close' are still emitted; destroy(null, cb) on an already destroyed stream (destroy.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.on('error', (e) => log('error event', e.message));
r.on('close', () => log('close'));
r.destroy(new Error('with cb'), (err) => log('destroy cb', err && err.message));
r.destroy(null, (err) => log('second destroy cb', err && err.message));
