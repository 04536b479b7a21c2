// catalogue 7 - test-events-static-geteventlisteners.js ([fn1, fn1]) (probe ee-03)
'use strict';
const EventEmitter = require('events');
const { getEventListeners } = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const calls = [];
const f = (x) => calls.push(x);
ee.on('e', f);
ee.on('e', f);
ee.on('e', f);
log('count', ee.listenerCount('e'));
log('all are f', ee.listeners('e').every((l) => l === f));
log('getEventListeners length', getEventListeners(ee, 'e').length);
ee.emit('e', 1);
log('calls', calls);
