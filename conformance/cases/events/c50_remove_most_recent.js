// catalogue 50 - doc (probe ee-03)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function f() { log('f'); }
function g() { log('g'); }
ee.on('e', f);
ee.on('e', g);
ee.on('e', f);
ee.removeListener('e', f);
log('after one removal', ee.listeners('e').map((l) => l.name));
ee.emit('e');
ee.on('e', f);
ee.once('e', f);
ee.removeListener('e', f);
log('once (most recent) removed first', ee.rawListeners('e').map((l) => l === f ? 'f' : l === g ? 'g' : 'wrapper'));
