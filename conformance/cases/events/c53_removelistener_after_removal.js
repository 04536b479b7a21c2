// catalogue 53 - test-event-emitter-remove-listeners.js (probe ee-02)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function listener1() {}
function listener2() {}
{
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', (name, cb) => log('single:', name, cb === listener1, 'listeners now', ee.listeners('hello').length));
  ee.removeListener('hello', listener1);
  log('single: after', ee.listeners('hello').length);
}
{
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('hello', listener2);
  ee.once('removeListener', (name, cb) => log('array 1:', name, cb === listener1, 'listeners now', ee.listeners('hello').map((f) => f.name)));
  ee.removeListener('hello', listener1);
  ee.once('removeListener', (name, cb) => log('array 2:', name, cb === listener2, 'listeners now', ee.listeners('hello').map((f) => f.name)));
  ee.removeListener('hello', listener2);
  log('array: after', ee.listeners('hello').length);
}
