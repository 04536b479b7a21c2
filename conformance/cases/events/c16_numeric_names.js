// catalogue 16 - test-event-emitter-listener-count.js (123) (probe ee-10)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on(123, () => log('number listener'));
ee.on('123', () => log('string listener'));
log('listenerCount(123)', ee.listenerCount(123), 'listenerCount("123")', ee.listenerCount('123'));
log('emit(123)', ee.emit(123));
log('eventNames', ee.eventNames());
