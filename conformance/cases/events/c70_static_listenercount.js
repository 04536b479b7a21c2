// catalogue 70 - test-event-emitter-listener-count.js (probe ee-12)
'use strict';
const events = require('events');
const { EventEmitter } = events;
const { log } = require('../../trace');

const emitter = new EventEmitter();
emitter.on('foo', () => {});
emitter.on('foo', () => {});
emitter.once('foo', () => {});
log('EventEmitter.listenerCount', EventEmitter.listenerCount(emitter, 'foo'));
log('events.listenerCount', events.listenerCount(emitter, 'foo'));
log('unknown', EventEmitter.listenerCount(emitter, 'bar'));
