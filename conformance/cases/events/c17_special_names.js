// catalogue 17 - test-event-emitter-special-event-names.js (probe ee-10); plus Python dunder names
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const handler = () => {};
log('fresh eventNames', ee.eventNames());
const names = ['__proto__', '__defineGetter__', 'toString', '__class__', '__dict__', 'constructor', '_events'];
for (const n of names) ee.on(n, handler);
log('eventNames', ee.eventNames());
for (const n of names) log(n, ee.listeners(n).length, ee.listeners(n)[0] === handler);
ee.on('__proto__', (val) => log('__proto__ listener got', val));
log('emit __proto__', ee.emit('__proto__', 1));
const ee2 = new EventEmitter();
ee2.on('__proto__', (val) => log('ee2 __proto__ listener got', val));
ee2.emit('__proto__', 2);
log('emit hasOwnProperty (unregistered)', ee2.emit('hasOwnProperty'));
