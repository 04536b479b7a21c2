// catalogue 18 - (no Node test) probe ee-10
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on(null, () => log('null listener'));
ee.on(undefined, () => log('undefined listener'));
log('eventNames', ee.eventNames());
log('emit("null")', ee.emit('null'));
log('emit("undefined")', ee.emit('undefined'));
