// catalogue 20 - test-event-emitter-subclass.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function MyEE2() { EventEmitter.call(this); }
MyEE2.prototype = new EventEmitter();
const ee1 = new MyEE2();
const ee2 = new MyEE2();
ee1.on('x', () => {});
log('ee2 x count', ee2.listenerCount('x'), 'ee1 x count', ee1.listenerCount('x'));
