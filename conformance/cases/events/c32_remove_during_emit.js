// catalogue 32 - test-event-emitter-modify-in-emit.js, test-event-emitter-remove-listeners.js (probe ee-04)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
let called = [];
function callback2() { called.push('callback2'); e.removeListener('foo', callback2); }
function callback3() { called.push('callback3'); e.removeListener('foo', callback3); }
e.on('foo', callback2);
e.on('foo', callback3);
e.emit('foo');
log('both ran', called, 'left', e.listeners('foo').length);

const ee = new EventEmitter();
called = [];
const B = () => called.push('B');
const A = () => { called.push('A'); ee.removeListener('event', B); };
ee.on('event', A);
ee.on('event', B);
ee.emit('event');
log('removed B still ran', called.join(''));
called = [];
ee.emit('event');
log('next emit', called.join(''));
