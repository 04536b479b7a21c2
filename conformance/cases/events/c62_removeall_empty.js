// catalogue 62 - test-event-emitter-remove-all-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
log('removeAllListeners() on fresh emitter returns this', ee.removeAllListeners() === ee);
log('removeAllListeners("missing") returns this', ee.removeAllListeners('missing') === ee);
ee.on('x', () => {});
log('removeAllListeners("missing") keeps x', ee.removeAllListeners('missing') === ee, ee.listenerCount('x'));
ee.on('removeListener', (name) => log('removeListener', name));
ee.removeAllListeners('missing');
log('no event for a missing type; eventNames', ee.eventNames());
