// catalogue 96 - test-events-on-async-iterator.js (break in for await calls return(): listeners removed) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => { ee.emit('foo', 1); ee.emit('foo', 2); });
  for await (const [v] of on(ee, 'foo')) {
    log('got', v, 'listeners inside', ee.listenerCount('foo'));
    break;
  }
  log('right after break: listeners', ee.listenerCount('foo'), ee.listenerCount('error'));
})();
