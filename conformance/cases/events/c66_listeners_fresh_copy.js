// catalogue 66 - test-event-emitter-listeners.js (probe ee-12)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function listener() {}
function listener2() {}
const ee = new EventEmitter();
ee.on('foo', listener);
const copy = ee.listeners('foo');
log('fresh each call', ee.listeners('foo') !== ee.listeners('foo'));
copy.push(listener2);
copy[0] = listener2;
log('emitter unaffected', ee.listeners('foo').length, ee.listeners('foo')[0] === listener);
ee.on('foo', listener2);
log('copy unaffected by later add', copy.length);
const raw = ee.rawListeners('foo');
raw.length = 0;
log('raw copy mutation has no effect', ee.rawListeners('foo').length);
