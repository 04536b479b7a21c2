// catalogue 51 - doc (probe ee-03)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
let n = 0;
function pong() { n++; }
ee.on('ping', pong);
ee.once('ping', pong);
log('count', ee.listenerCount('ping'), 'count(pong)', ee.listenerCount('ping', pong));
ee.removeListener('ping', pong);
log('left is the plain registration', ee.rawListeners('ping')[0] === pong);
ee.emit('ping');
ee.emit('ping');
log('pong called', n);
