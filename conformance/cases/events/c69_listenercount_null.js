// catalogue 69 - (no Node test) probe ee-12
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const h = () => {};
ee.on('e', h);
ee.once('e', h);
ee.on('e', () => {});
log('listenerCount(e, null)', ee.listenerCount('e', null));
log('listenerCount(e, h)', ee.listenerCount('e', h));
