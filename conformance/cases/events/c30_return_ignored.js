// catalogue 30 - doc
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on('a', () => 42);
ee.on('a', () => false);
ee.on('a', () => null);
ee.on('a', () => { log('third listener still runs'); return 'x'; });
log('emit returns', ee.emit('a'));
