// catalogue 64 - (no Node test) probe ee-11: removeAllListeners(undefined) targets only that key
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on('x', () => {});
ee.on(undefined, () => {});
log('returns this', ee.removeAllListeners(undefined) === ee);
log('x kept', ee.listenerCount('x'), 'undefined key removed', ee.listenerCount(undefined));
ee.removeAllListeners();
log('no argument removes all', ee.listenerCount('x'));
