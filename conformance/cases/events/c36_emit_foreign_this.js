// catalogue 36, 37 - test-event-emitter-emit-context.js (probe ee-17)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

log('emit.call({}, foo)', EventEmitter.prototype.emit.call({}, 'foo'));
const err = new Error('e');
try {
  EventEmitter.prototype.emit.call(Object.create(null), 'error', err);
} catch (e) {
  log('null-prototype context throws the error', e === err);
}
