// catalogue 11 - test-event-emitter-add-listeners.js (probe ee-01)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
const seenEvents = [];
const seenListeners = [];
e.on('newListener', (event, listener) => {
  if (event === 'newListener') return;
  seenEvents.push(event);
  seenListeners.push(listener);
});
function hello(a, b) { log('hello', a, b); }
function foo() { log('foo must not run'); }
e.once('newListener', (name, listener) => {
  log('once newListener', name, listener === hello, 'listeners(hello) length', e.listeners('hello').length);
});
e.on('hello', hello);
e.once('foo', foo);
log('events', seenEvents);
log('listeners are originals', seenListeners[0] === hello, seenListeners[1] === foo);
e.emit('hello', 'a', 'b');
