// catalogue 96 - test-events-on-async-iterator.js (close option) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('foo', 'bar');
    ee.emit('foo', 42);
    ee.emit('close');
    ee.emit('foo', 'after-close');
  });
  const got = [];
  for await (const ev of on(ee, 'foo', { close: ['close'] })) got.push(ev);
  log('close event ends the loop; got', got, 'listeners left foo/error/close', ee.listenerCount('foo'), ee.listenerCount('error'), ee.listenerCount('close'));
  const ee2 = new EventEmitter();
  const it = on(ee2, 'foo', { close: ['end', 'finish'] });
  log('close listeners attached', ee2.listenerCount('end'), ee2.listenerCount('finish'));
  ee2.emit('foo', 1);
  ee2.emit('finish');
  log('buffered before close still read', (await it.next()).value);
  log('then done', (await it.next()).done, 'listeners', ee2.listenerCount('foo'), ee2.listenerCount('end'));
})();
