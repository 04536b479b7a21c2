// catalogue 77, 75 - test-event-emitter-check-listener-leaks.js (probe ee-08)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const warnings = [];
process.on('warning', (w) => { if (w.name === 'MaxListenersExceededWarning') warnings.push(w); });
const old = new EventEmitter();
EventEmitter.defaultMaxListeners = 42;
log('existing emitter sees new default', old.getMaxListeners());
const e = new EventEmitter();
for (let i = 0; i < 42; ++i) e.on('fortytwo', () => {});
log('42 added');
e.on('fortytwo', () => {});
EventEmitter.defaultMaxListeners = 44;
for (let i = 0; i < 44; ++i) e.on('fortyfour', () => {});
e.on('fortyfour', () => {});
EventEmitter.defaultMaxListeners = 42;
const own = new EventEmitter();
own.setMaxListeners(1);
own.on('uno', () => {});
own.on('uno', () => {});
log('own max wins', own.getMaxListeners(), 'default', EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;
log('restored', old.getMaxListeners());
setImmediate(() => {
  for (const w of warnings) log('warning', w.type, w.count);
});
