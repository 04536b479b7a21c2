// catalogue 46 - test-event-emitter-listeners.js (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function listener4(x) { log('listener4 got', x); return 1; }
ee.once('foo', listener4);
const raw = ee.rawListeners('foo');
log('raw length', raw.length);
log('calling the wrapper returns', raw[0]('arg'));
log('removed: raw length now', ee.rawListeners('foo').length, 'emit', ee.emit('foo'));
