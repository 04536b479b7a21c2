// catalogue 35 - (no Node test) probe ee-18
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const out = [];
let depth = 0;
function a() { out.push('a' + depth); if (depth++ < 1) ee.emit('e'); }
function b() { out.push('b' + depth); ee.removeListener('e', b); }
ee.on('e', a);
ee.on('e', b);
ee.emit('e');
log('nested emit order', out.join(' '), 'remaining', ee.listeners('e').map((f) => f.name));
