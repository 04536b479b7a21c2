// catalogue 21 - test-event-emitter-get-max-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const obj = {};
EventEmitter.prototype.on.call(obj, 'foo', () => {});
EventEmitter.prototype.on.call(obj, 'foo', () => {});
log('no throw; listenerCount', EventEmitter.prototype.listenerCount.call(obj, 'foo'));
