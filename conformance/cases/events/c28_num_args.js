// catalogue 28 - test-event-emitter-num-args.js (probe ee-21)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
const numArgs = [];
e.on('numArgs', (...args) => numArgs.push(args.length));
e.on('foo', (...args) => numArgs.push(args.length));
e.on('foo', (...args) => numArgs.push(args.length));
e.emit('numArgs');
e.emit('numArgs', null);
e.emit('numArgs', null, null);
e.emit('numArgs', null, null, null);
e.emit('numArgs', null, null, null, null);
e.emit('numArgs', null, null, null, null, null);
e.emit('numArgs', 1, 2, 3, 4, 5, 6, 7);
e.emit('foo');
e.emit('foo', null, undefined, null);
log('counts', numArgs);
const obj = { a: 1 };
const arr = [1, 2];
e.on('values', (a, b, c, d, f) => log('same objects', a === obj, b === arr, 'values', c, d, f));
e.emit('values', obj, arr, 'x', null, 2.5);
