// catalogue 94 - test-events-once.js (onceAnEvent, onceAnEventWithTwoArgs) (probe ee-14)
'use strict';
const { once, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('myevent', 42, 24));
  const p = once(ee, 'myevent');
  log('while waiting: myevent', ee.listenerCount('myevent'), 'error', ee.listenerCount('error'));
  const value = await p;
  log('resolved', value, 'after: myevent', ee.listenerCount('myevent'), 'error', ee.listenerCount('error'));
  process.nextTick(() => ee.emit('noargs'));
  log('no arguments', await once(ee, 'noargs'));
  const early = once(ee, 'early');
  ee.emit('early', 'sync');
  log('emitted before await', await early);
  const obj = { a: 1 };
  process.nextTick(() => ee.emit('obj', obj));
  const [got] = await once(ee, 'obj');
  log('same object', got === obj);
})();
