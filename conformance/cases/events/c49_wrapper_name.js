// catalogue 49 - (no Node test) probe ee-05
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.once('x', function f() {});
log('wrapper name', ee.rawListeners('x')[0].name);
