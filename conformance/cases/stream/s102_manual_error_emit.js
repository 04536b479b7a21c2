// s102 - emitting 'error' by hand does not destroy a stream (only destroy()/errorOrDestroy do); errored stays null (test-stream-readable-error-end.js)
'use strict';
const { Readable } = require('stream');
const { log } = require('../../trace');

const r = new Readable({ read(size) {} });
r.on('error', (e) => log('error', e.message));
r.emit('error', new Error('by hand'));
log('after emit', r.destroyed, r.errored, r.readable);
r.push('still works');
log('read', r.read().toString());
