// catalogue 48 - (no Node test) probe ee-05
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
let n = 0;
ee.once('x', () => { n++; return 'ret'; });
const w = ee.rawListeners('x')[0];
log('first call', w(), 'n', n);
log('spent wrapper call', w(), 'n', n);
ee.emit('x');
log('after emit n', n);
ee.once('y', () => { n++; });
const w2 = ee.rawListeners('y')[0];
ee.emit('y');
w2();
log('wrapper after its emit: n', n);
