// catalogue 41 - (no Node test) probe ee-05
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.once('x', () => { throw new Error('once threw'); });
try { ee.emit('x'); } catch (e) { log('caught', e.message, 'still registered', ee.listenerCount('x')); }
log('second emit', ee.emit('x'));
