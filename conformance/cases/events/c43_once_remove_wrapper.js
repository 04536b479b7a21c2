// catalogue 43 - (no Node test) probe ee-03
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const f = () => log('should not run');
ee.once('w', f);
const w = ee.rawListeners('w')[0];
ee.removeListener('w', w);
log('removed via wrapper: count', ee.listenerCount('w'), 'emit', ee.emit('w'));
ee.on('w', () => {});
ee.once('w', f);
ee.removeListener('w', ee.rawListeners('w')[1]);
log('array path via wrapper: count', ee.listenerCount('w'), 'count(f)', ee.listenerCount('w', f));
