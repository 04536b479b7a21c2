// catalogue 84 - test-event-emitter-max-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
e.on('maxListeners', (...args) => log('maxListeners event', args));
e.setMaxListeners(42);
log('setMaxListeners emitted nothing; getMaxListeners', e.getMaxListeners());
log('emit maxListeners', e.emit('maxListeners', 1));
log('eventNames', e.eventNames());
