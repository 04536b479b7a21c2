// catalogue 40 - test-event-emitter-once.js (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
let n = 0;
ee.once('foo', () => { n++; log('once foo, re-emit returns', ee.emit('foo')); });
ee.emit('foo');
log('called', n);

const e2 = new EventEmitter();
e2.once('e', () => { log('first once, count now', e2.listenerCount('e')); e2.emit('e'); });
e2.once('e', () => log('second once ran'));
e2.emit('e');
log('left', e2.listenerCount('e'));
