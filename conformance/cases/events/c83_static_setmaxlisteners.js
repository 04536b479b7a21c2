// catalogue 83 - test-event-emitter-max-listeners.js, test-events-getmaxlisteners.js (probes ee-08, ee-16)
'use strict';
const events = require('events');
const { EventEmitter, getMaxListeners, setMaxListeners } = events;
const { log } = require('../../trace');

const a = new EventEmitter();
const b = new EventEmitter();
log('getMaxListeners(a)', getMaxListeners(a));
setMaxListeners(7);
log('no targets sets the default', EventEmitter.defaultMaxListeners, 'a sees', getMaxListeners(a));
setMaxListeners(2, a, b);
log('targets', a.getMaxListeners(), b.getMaxListeners(), 'default still', EventEmitter.defaultMaxListeners);
setMaxListeners();
log('no arguments resets the default to', EventEmitter.defaultMaxListeners);
for (const [label, fn] of [
  ['setMaxListeners(-1)', () => setMaxListeners(-1)],
  ['setMaxListeners(5, "bad")', () => setMaxListeners(5, 'bad')],
  ['setMaxListeners(5, a, {})', () => setMaxListeners(5, a, {})],
  ['getMaxListeners("bad")', () => getMaxListeners('bad')],
]) {
  try { fn(); log(label, 'ok'); } catch (e) { log(label, e.code, e.message); }
}
EventEmitter.defaultMaxListeners = 10;
