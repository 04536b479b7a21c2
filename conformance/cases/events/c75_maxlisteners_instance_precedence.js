// catalogue 75, 76 - test-event-emitter-check-listener-leaks.js
// Warnings are printed at the end (Node: async 'warning' event; Python: synchronous warnings.warn).
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const warnings = [];
process.on('warning', (w) => { if (w.name === 'MaxListenersExceededWarning') warnings.push(w); });
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('default', () => {});
e.setMaxListeners(5);
for (let i = 0; i < 5; i++) e.on('specific', () => {});
log('5 specific added');
e.on('specific', () => {});
e.setMaxListeners(1);
e.on('only one', () => {});
e.on('only one', () => {});
e.setMaxListeners(0);
for (let i = 0; i < 1000; i++) e.on('unlimited', () => {});
log('1000 unlimited added');
setImmediate(() => {
  for (const w of warnings) log('warning', w.type, w.count, w.message);
});
