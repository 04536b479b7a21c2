// catalogue 8 - doc; test-event-emitter-prepend.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const out = [];
ee.on('e', () => out.push('a'));
ee.addListener('e', () => out.push('b'));
ee.once('e', () => out.push('c'));
ee.on('e', () => out.push('d'));
ee.emit('e');
log('first emit', out.join(''));
out.length = 0;
ee.emit('e');
log('second emit', out.join(''));
