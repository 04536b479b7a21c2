// catalogue 79 - test-event-emitter-max-listeners-warning-for-symbol.js (probe ee-09)
'use strict';
const events = require('events');
const { log } = require('../../trace');

const seen = [];
process.on('warning', (w) => seen.push(w));
const e = new events.EventEmitter();
e.setMaxListeners(1);
const s = Symbol('symbol');
e.on(s, () => {});
e.on(s, () => {});
setImmediate(() => { for (const w of seen) log(w.message, 'type is the symbol', w.type === s); });
