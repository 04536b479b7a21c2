// catalogue 81 - test-event-emitter-max-listeners-warning.js (probe ee-09)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

process.on('warning', (w) => log('warning event', w.count));
const e = new EventEmitter();
e.setMaxListeners(1);
e.on('x', () => {});
e.on('x', () => {});
log('sync code after the 2nd listener');
