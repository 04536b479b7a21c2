// catalogue 85, 38 - (no Node test) probe ee-21: a once('error') handler consumes one error
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.once('error', (e) => log('once error handler got', e.message));
log('first emit returns', ee.emit('error', new Error('first')));
try { ee.emit('error', new Error('second')); } catch (e) { log('second error thrown:', e.message); }
