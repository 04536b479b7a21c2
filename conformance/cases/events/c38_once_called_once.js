// catalogue 38 - test-event-emitter-once.js (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
let calls = 0;
e.once('hello', (a, b) => { calls++; log('hello', a, b); });
log('emit 1', e.emit('hello', 'a', 'b'));
log('emit 2', e.emit('hello', 'a', 'b'));
e.emit('hello', 'a', 'b');
e.emit('hello', 'a', 'b');
log('calls', calls, 'count', e.listenerCount('hello'), 'eventNames', e.eventNames());
