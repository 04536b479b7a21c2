// catalogue 58, 62 - test-event-emitter-remove-listeners.js, test-event-emitter-remove-all-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
e._events = undefined;
log('removeListener with _events undefined returns this', e.removeListener('foo', () => {}) === e);
log('removeAllListeners with _events undefined returns this', e.removeAllListeners() === e);
