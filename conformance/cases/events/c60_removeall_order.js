// catalogue 60 - test-event-emitter-remove-all-listeners.js (['foo','bar','removeListener']) (probe ee-11)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function noop() {}
ee.on('foo', noop);
ee.on('bar', noop);
ee.on('bar', noop);
const seen1 = [];
const seen2 = [];
function rl1(name, fn) { seen1.push(`${name}/${fn.name}`); }
function rl2(name, fn) { seen2.push(`${name}/${fn.name}`); }
ee.on('removeListener', rl1);
ee.on('removeListener', rl2);
log('returns this', ee.removeAllListeners() === ee);
log('rl1 saw', seen1);
log('rl2 saw', seen2);
log('eventNames after', ee.eventNames(), 'foo', ee.listeners('foo').length, 'bar', ee.listeners('bar').length);
