// catalogue 22, 23, 26 - test-event-emitter-listeners-side-effects.js, test-event-emitter-remove-listeners.js (probe ee-19)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const f = () => {};
const g = () => {};
ee.on('x', f);
log('one listener stored bare', typeof ee._events.x, '_eventsCount', ee._eventsCount);
ee.on('x', g);
log('two listeners stored as array', Array.isArray(ee._events.x), '_eventsCount', ee._eventsCount);
ee.on('y', f);
log('_eventsCount counts keys', ee._eventsCount);
ee.off('x', f);
log('collapsed back to bare', ee._events.x === g);
