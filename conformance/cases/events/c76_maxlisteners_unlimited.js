// catalogue 76 - test-event-emitter-check-listener-leaks.js, test-event-emitter-add-listeners.js (probe ee-08)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const warnings = [];
process.on('warning', (w) => { if (w.name === 'MaxListenersExceededWarning') warnings.push(w); });
const zero = new EventEmitter();
zero.setMaxListeners(0);
for (let i = 0; i < 50; i++) zero.on('x', () => {});
const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 50; i++) inf.on('x', () => {});
log('getMaxListeners', zero.getMaxListeners(), inf.getMaxListeners() === Infinity);
const frac = new EventEmitter();
frac.setMaxListeners(1.5);
frac.on('y', () => {});
frac.on('y', () => {});
log('1.5: the 2nd listener is over the limit');
frac.on('y', () => {});
setImmediate(() => {
  for (const w of warnings) log('warning', w.type, w.count);
  log('warnings', warnings.length);
});
