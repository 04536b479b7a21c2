// catalogue 96 - test-events-on-async-iterator.js (basic, sync) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  log('registered foo/error', ee.listenerCount('foo'), ee.listenerCount('error'));
  ee.emit('foo', 'bar');
  ee.emit('foo', 42);
  ee.emit('foo', 1, 2);
  for (let i = 0; i < 3; i++) {
    const r = await it.next();
    log('next', r.done ? 'done' : r.value);
  }
  process.nextTick(() => ee.emit('foo', 'later'));
  const r = await it.next();
  log('waited for', r.value);
  const seen = [];
  process.nextTick(() => { ee.emit('foo', 'a'); ee.emit('foo', 'b'); });
  for await (const ev of it) {
    seen.push(ev);
    if (seen.length === 2) break;
  }
  log('for await got', seen);
})();
