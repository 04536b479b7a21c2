// catalogue 67 - test-event-emitter-listener-count.js (probe ee-12)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const emitter = new EventEmitter();
emitter.on('foo', () => {});
emitter.on('foo', () => {});
emitter.on('baz', () => {});
emitter.once('baz', () => {});
log('foo', emitter.listenerCount('foo'));
log('bar (unknown)', emitter.listenerCount('bar'));
log('baz (with a once)', emitter.listenerCount('baz'));
emitter.emit('baz');
log('baz after emit', emitter.listenerCount('baz'));
