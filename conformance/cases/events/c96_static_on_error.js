// catalogue 96 - test-events-on-async-iterator.js (error, errorDelayed, throwInLoop) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  const it = on(ee, 'foo');
  ee.emit('foo', 1);
  const err = new Error('E');
  process.nextTick(() => ee.emit('error', err));
  log('buffered value first', (await it.next()).value);
  try { await it.next(); log('no rejection'); } catch (e) { log('iterator rejects with the emitted error', e === err); }
  const r = await it.next();
  log('after error: done', r.done, 'listeners', ee.listenerCount('foo'), ee.listenerCount('error'));

  const ee2 = new EventEmitter();
  process.nextTick(() => ee2.emit('error', err));
  try {
    for await (const ev of on(ee2, 'foo')) log('unexpected', ev);
  } catch (e) {
    log('for await throws the error', e === err, 'listeners', ee2.listenerCount('foo'), ee2.listenerCount('error'));
  }

  const ee3 = new EventEmitter();
  const it3 = on(ee3, 'foo');
  ee3.emit('error', err);
  ee3.emit('foo', 'after error');
  try { await it3.next(); log('no rejection'); } catch (e) { log('error emitted before next() is raised by next()', e === err); }
  log('then done', (await it3.next()).done);
})();
