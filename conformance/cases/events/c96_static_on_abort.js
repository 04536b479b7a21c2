// catalogue 96 - test-events-on-async-iterator.js (abortableOnBefore, abortableOnAfter) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  try { on(ee, 'foo', { signal: AbortSignal.abort() }); log('no throw'); } catch (e) {
    log('pre-aborted throws synchronously:', e.name, e.code, 'listeners', ee.listenerCount('foo'));
  }
  const ac = new AbortController();
  const it = on(ee, 'foo', { signal: ac.signal });
  log('attached', ee.listenerCount('foo'));
  ac.abort();
  log('after abort: listeners', ee.listenerCount('foo'), ee.listenerCount('error'));
  try { await it.next(); log('no rejection'); } catch (e) { log('next() rejects:', e.name, e.code, e.message); }
  const ac2 = new AbortController();
  const it2 = on(ee, 'foo', { signal: ac2.signal });
  process.nextTick(() => ac2.abort());
  try { await it2.next(); } catch (e) { log('pending next() rejects:', e.name); }
  log('done', (await it2.next()).done, 'listeners', ee.listenerCount('foo'));
})();
