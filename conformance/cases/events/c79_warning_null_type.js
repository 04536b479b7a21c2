// catalogue 79 - test-event-emitter-max-listeners-warning-for-null.js (probe ee-09)
// Printed after a tick: Node's 'warning' event is asynchronous, Python's warnings.warn synchronous.
'use strict';
const events = require('events');
const { log } = require('../../trace');

const seen = [];
process.on('warning', (w) => seen.push(w));
const e = new events.EventEmitter();
e.setMaxListeners(1);
e.on(null, () => {});
e.on(null, () => {});
setImmediate(() => { for (const w of seen) log(w.message, 'count', w.count); });
