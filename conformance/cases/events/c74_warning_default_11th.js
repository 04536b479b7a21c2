// catalogue 74 - test-event-emitter-check-listener-leaks.js (probe ee-09)
// Node delivers the warning later through process.on('warning'); Python warns synchronously:
// warnings are printed at the end so the trace does not depend on that timing.
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const warnings = [];
process.on('warning', (w) => { if (w.name === 'MaxListenersExceededWarning') warnings.push(w); });
const e = new EventEmitter();
log('default max', EventEmitter.defaultMaxListeners, e.getMaxListeners());
for (let i = 0; i < 10; i++) e.on('default', () => {});
log('added 10');
e.on('default', () => {});
e.on('default', () => {});
log('added 12');
setImmediate(() => {
  for (const w of warnings) log('warning', w.name, w.type, w.count, w.emitter === e);
  log('warnings', warnings.length);
});
