// catalogue 59 - test-event-emitter-remove-all-listeners.js (probe ee-11)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function a() {}
function b() {}
function c() {}
ee.on('foo', a);
ee.on('bar', a);
ee.on('baz', a);
ee.on('baz', b);
ee.on('baz', a);
ee.on('baz', c);
const seen = [];
ee.on('removeListener', (name, fn) => seen.push(`${name}/${fn.name}`));
ee.removeAllListeners('bar');
ee.removeAllListeners('baz');
log('reported', seen);
log('foo kept', ee.listeners('foo').length, 'bar', ee.listeners('bar').length, 'baz', ee.listeners('baz').length);
log('eventNames', ee.eventNames());
