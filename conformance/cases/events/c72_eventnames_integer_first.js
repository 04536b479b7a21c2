// catalogue 71, 72 - test-events-list.js (probe ee-10)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const s = Symbol('s');
ee.on('b', () => {});
ee.on(s, () => {});
ee.on('a', () => {});
ee.on('123', () => {});
ee.on('10', () => {});
log(ee.eventNames().map((k) => (typeof k === 'symbol' ? 'symbol' : k)));
