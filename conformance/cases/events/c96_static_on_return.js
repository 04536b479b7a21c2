// catalogue 96 - test-events-on-async-iterator.js (iterableThrow/return cleanup) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  log('attached', ee.listenerCount('foo'), ee.listenerCount('error'));
  const r = await it.return();
  log('return() before any next: done', r.done, 'listeners', ee.listenerCount('foo'), ee.listenerCount('error'));
  const ee2 = new EventEmitter();
  const it2 = on(ee2, 'foo');
  ee2.emit('foo', 1);
  log('read', (await it2.next()).value);
  await it2.return();
  log('return() after a read: listeners', ee2.listenerCount('foo'), ee2.listenerCount('error'));
  log('next after return: done', (await it2.next()).done);
})();
