// catalogue 95 - test-events-once.js (abortSignalBefore, abortSignalAfter, abortSignalAfterEvent, abortSignalRemoveListener) (probe ee-14)
'use strict';
const { once, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  const pre = AbortSignal.abort();
  try { await once(ee, 'foo', { signal: pre }); } catch (e) {
    log('pre-aborted:', e.name, e.code, e.message, 'cause is reason', e.cause === pre.reason, 'listeners', ee.listenerCount('foo'));
  }
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  try { await once(ee, 'foo', { signal: ac.signal }); } catch (e) {
    log('aborted later:', e.name, e.code, 'listeners left foo/error', ee.listenerCount('foo'), ee.listenerCount('error'));
  }
  const ac2 = new AbortController();
  process.nextTick(() => { ee.emit('foo', 1); ac2.abort(); });
  log('event before abort resolves', await once(ee, 'foo', { signal: ac2.signal }));
  for (const bad of ['bad', 1, {}]) {
    try { await once(ee, 'foo', { signal: bad }); } catch (e) { log('bad signal:', e.code, e.message); }
  }
  log('listeners at end', ee.listenerCount('foo'), ee.listenerCount('error'));
})();
