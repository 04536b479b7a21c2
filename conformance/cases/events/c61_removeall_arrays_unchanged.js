// catalogue 61 - test-event-emitter-remove-all-listeners.js, test-event-emitter-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function noop() {}
ee.on('foo', noop);
ee.on('bar', noop);
ee.on('baz', noop);
ee.on('baz', noop);
const fooListeners = ee.listeners('foo');
const barListeners = ee.listeners('bar');
const bazListeners = ee.listeners('baz');
ee.removeAllListeners('bar');
ee.removeAllListeners('baz');
log('copies unchanged', fooListeners.length, barListeners.length, bazListeners.length);
log('live', ee.listeners('foo').length, ee.listeners('bar').length, ee.listeners('baz').length);
const raw = ee.rawListeners('foo');
ee.removeAllListeners();
log('raw copy unchanged', raw.length, raw[0] === noop, 'live', ee.rawListeners('foo').length);
