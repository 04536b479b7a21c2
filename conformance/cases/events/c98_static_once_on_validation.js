// events.once/on validation as Node 20: once() rejects (never throws) for a bad emitter or signal, on() throws; both accept an EventTarget and settle when an earlier abort listener stopped propagation; getEventListeners arguments; a borrowed emit raises the error
'use strict';
const { once, on, getEventListeners, EventEmitter } = require('events');
const { log } = require('../../trace');

async function settle(what, make) {
  let p;
  try {
    p = make();
  } catch (e) {
    log(what, 'threw', e.code, e.message);
    return;
  }
  log(what, 'returned a promise', p instanceof Promise);
  try {
    log(what, 'resolved', await p);
  } catch (e) {
    log(what, 'rejected', e.code, e.message);
  }
}

(async () => {
  await settle('once AbortController', () => once(new AbortController(), 'x'));
  await settle('once plain object', () => once({}, 'x'));
  await settle('once bad signal', () => once(new EventEmitter(), 'x', { signal: 1 }));
  await settle('once aborted signal', () => once(new EventEmitter(), 'x', { signal: AbortSignal.abort() }));
  try { on({}, 'x'); } catch (e) { log('on plain object threw', e.code, e.message); }
  try { on(new EventEmitter(), 'x', { signal: 1 }); } catch (e) { log('on bad signal threw', e.code, e.message); }

  const et = new EventTarget();
  const p = once(et, 'foo');
  log('once ET listeners', getEventListeners(et, 'foo').length);
  et.dispatchEvent(new Event('foo'));
  const [ev] = await p;
  log('once ET resolved', ev.type, getEventListeners(et, 'foo').length);

  const it = on(et, 'bar');
  log('on ET listeners', getEventListeners(et, 'bar').length);
  et.dispatchEvent(new Event('bar'));
  et.dispatchEvent(new Event('bar'));
  const first = await it.next();
  const second = await it.next();
  log('on ET values', first.value[0].type, second.value[0].type);
  await it.return();
  log('on ET after return', getEventListeners(et, 'bar').length);

  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const ee = new EventEmitter();
  const stopped = once(ee, 'x', { signal: ac.signal });
  const iter = on(ee, 'y', { signal: ac.signal });
  ac.abort();
  try { await stopped; } catch (e) { log('once after stopImmediatePropagation', e.name, e.code); }
  try { await iter.next(); } catch (e) { log('on after stopImmediatePropagation', e.name, e.code); }
  log('listeners left', ee.listenerCount('x'), ee.listenerCount('y'), ee.listenerCount('error'));

  try { getEventListeners({}, 'x'); } catch (e) { log('getEventListeners plain', e.code, e.message); }
  try { getEventListeners(new EventEmitter()); } catch (e) { log('getEventListeners no name', e instanceof TypeError); }
  try { getEventListeners(); } catch (e) { log('getEventListeners nothing', e instanceof TypeError); }

  const foreign = {};
  try {
    EventEmitter.prototype.emit.call(foreign, 'error', new Error('foreign error'));
  } catch (e) { log('borrowed emit threw', e.message); }
  log('borrowed emit of other events', EventEmitter.prototype.emit.call(foreign, 'x'));
})();
