// catalogue 25 - test-event-emitter-set-max-listeners-side-effects.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
log('eventNames before', e.eventNames());
e.setMaxListeners(42);
log('eventNames after setMaxListeners', e.eventNames());
log('getMaxListeners', e.getMaxListeners());
