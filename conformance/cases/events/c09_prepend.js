// catalogue 9, 10 - test-event-emitter-prepend.js (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const out = [];
ee.on('foo', () => out.push('on'));
ee.prependListener('foo', () => out.push('prepend'));
ee.prependOnceListener('foo', () => out.push('prependOnce'));
ee.emit('foo');
log('first emit', out.join(' '));
out.length = 0;
ee.emit('foo');
log('second emit', out.join(' '));
ee.prependListener('foo', () => out.push('prepend2'));
out.length = 0;
ee.emit('foo');
log('third emit', out.join(' '));
