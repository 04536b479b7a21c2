// catalogue 87 - test-event-emitter-errors.js
'use strict';
const EventEmitter = require('events');
const util = require('util');
const { log } = require('../../trace');

const ee = new EventEmitter();
try {
  ee.emit('error', { [util.inspect.custom]() { throw new Error('no inspect'); } });
} catch (e) {
  log(e.code, e.message);
}
