// catalogue 47 - doc (rawListeners example) (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
let n = 0;
ee.once('log', () => { n++; log('log once'); });
const w = ee.rawListeners('log')[0];
w.listener();
log('after w.listener(): count', ee.listenerCount('log'), 'n', n);
ee.emit('log');
log('after emit: count', ee.listenerCount('log'), 'n', n);
