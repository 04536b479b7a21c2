// catalogue 34 - test-event-emitter-modify-in-emit.js (probe ee-04)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const out = [];
ee.on('e', () => { out.push(1); ee.removeAllListeners('e'); });
ee.on('e', () => out.push(2));
log('emit returns', ee.emit('e'), 'ran', out.join(','), 'now count', ee.listenerCount('e'));
const e2 = new EventEmitter();
e2.on('e', () => { out.push(3); e2.removeAllListeners(); });
e2.on('e', () => out.push(4));
e2.emit('e');
log('removeAllListeners() too', out.join(','), 'eventNames', e2.eventNames());
