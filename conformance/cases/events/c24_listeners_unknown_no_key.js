// catalogue 24 - test-event-emitter-listeners-side-effects.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
log('listeners(bar)', ee.listeners('bar'));
log('rawListeners(bar)', ee.rawListeners('bar'));
log('listenerCount(bar)', ee.listenerCount('bar'));
log('eventNames after lookups', ee.eventNames());
const fl = () => {};
ee.on('foo', fl);
log('listeners(foo) length', ee.listeners('foo').length, ee.listeners('foo')[0] === fl);
ee.on('foo', fl);
log('listeners(foo) length', ee.listeners('foo').length);
log('listeners(bar) still', ee.listeners('bar'), 'eventNames', ee.eventNames());
