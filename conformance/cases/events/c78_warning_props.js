// catalogue 78 - test-event-emitter-max-listeners-warning.js (probe ee-09)
// Printed after a tick: Node's 'warning' event is asynchronous, Python's warnings.warn synchronous.
'use strict';
const events = require('events');
const { log } = require('../../trace');

class FakeInput extends events.EventEmitter {}
const e = new FakeInput();
e.setMaxListeners(1);
const seen = [];
process.on('warning', (w) => seen.push(w));
e.on('event-type', () => {});
e.on('event-type', () => {});
e.on('event-type', () => {});
setImmediate(() => {
  log('warnings', seen.length);
  for (const w of seen) {
    log('name', w.name);
    log('message', w.message);
    log('type', w.type, 'count', w.count, 'emitter', w.emitter === e, 'is an error', w instanceof Error);
  }
});
