// catalogue 94 - test-events-once.js (catchesErrors, onceError, stopListeningAfterCatchingError) (probe ee-14)
'use strict';
const { once, EventEmitter } = require('events');
const { log } = require('../../trace');

(async () => {
  const ee = new EventEmitter();
  const err = new Error('kaboom');
  process.nextTick(() => ee.emit('error', err));
  try {
    await once(ee, 'myevent');
    log('resolved?');
  } catch (e) {
    log('rejected with the same error', e === err, 'listeners left', ee.listenerCount('myevent'), ee.listenerCount('error'));
  }
  process.nextTick(() => ee.emit('error', err));
  const args = await once(ee, 'error');
  log('once(ee, "error") resolves', args.length, args[0] === err);
  const p = once(ee, 'myevent');
  log('waiting: error listeners', ee.listenerCount('error'));
  ee.emit('myevent', 'ok');
  await p;
  log('after resolve: error listeners', ee.listenerCount('error'));
  process.nextTick(() => { ee.emit('error', err); });
  try { await once(ee, 'x'); } catch (e) {
    log('second error also rejects', e === err);
  }
  try { ee.emit('error', err); } catch (e) { log('no listener left: emit throws', e === err); }
})();
