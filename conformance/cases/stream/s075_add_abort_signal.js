// s075 - addAbortSignal: aborting destroys the stream with an AbortError (code ABORT_ERR, name AbortError); already-aborted signal; invalid signal (test-stream-add-abort-signal.js)
'use strict';
const { Readable, addAbortSignal } = require('stream');
const { log } = require('../../trace');

const ac = new AbortController();
const r = new Readable({ read(size) {} });
log('returns stream', addAbortSignal(ac.signal, r) === r);
r.on('error', (e) => log('error', e.name, e.code, e.message));
r.on('close', () => log('close', r.destroyed));
ac.abort();
const r2 = addAbortSignal(AbortSignal.abort(), new Readable({ read(size) {} }));
r2.on('error', (e) => log('pre-aborted error', e.name));
log('pre-aborted destroyed sync', r2.destroyed);
try {
  addAbortSignal({}, new Readable({ read(size) {} }));
} catch (e) {
  log('bad signal', e.code, e.message);
}
try {
  addAbortSignal(new AbortController().signal, {});
} catch (e) {
  log('bad stream', e.code, e.message);
}
const r3 = new Readable({ read(size) {}, signal: AbortSignal.abort() });
r3.on('error', (e) => log('signal option', e.name));
