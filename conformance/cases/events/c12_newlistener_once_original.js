// catalogue 12 - test-event-emitter-add-listeners.js (probes ee-01, ee-21)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
let passed;
ee.on('newListener', (ev, fn) => { passed = fn; });
const f = () => {};
ee.once('x', f);
log('once: newListener got original', passed === f, 'raw is wrapper', ee.rawListeners('x')[0] !== f);
const g = () => {};
ee.prependOnceListener('y', g);
log('prependOnce: newListener got original', passed === g, 'raw is wrapper', ee.rawListeners('y')[0] !== g);
