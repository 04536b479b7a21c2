// catalogue 33 - test-event-emitter-modify-in-emit.js (probe ee-04)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
const called = [];
function callback1() {
  called.push('callback1');
  e.on('foo', callback2);
  e.on('foo', callback3);
  e.removeListener('foo', callback1);
}
function callback2() { called.push('callback2'); e.removeListener('foo', callback2); }
function callback3() { called.push('callback3'); e.removeListener('foo', callback3); }
e.on('foo', callback1);
log('count', e.listeners('foo').length);
e.emit('foo');
log('single path: added not run', called, 'count', e.listeners('foo').length);
e.emit('foo');
log('second emit', called, 'count', e.listeners('foo').length);
e.emit('foo');
log('third emit', called, 'count', e.listeners('foo').length);

const ee = new EventEmitter();
const out = [];
ee.on('a', () => { out.push('x'); ee.on('a', () => out.push('added')); });
ee.on('a', () => out.push('y'));
ee.emit('a');
log('array path: added not run', out.join(','));
