// diagnostics_channel: tracePromise (resolve, reject, plain value) and bindStore/runStores with a store object and a transform
'use strict';
const dc = require('diagnostics_channel');
const { log } = require('../../trace');

const tc = dc.tracingChannel('d03');
const show = (ctx) => ({ id: ctx.id, result: ctx.result, error: ctx.error ? ctx.error.message : undefined });
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  tc[ev].subscribe((ctx) => log(ev, show(ctx)));
}
// A store: anything with run(value, fn).
const store = {
  current: undefined,
  run(value, fn) {
    const before = this.current;
    this.current = value;
    try { return fn(); } finally { this.current = before; }
  },
};
async function main() {
  const p = tc.tracePromise(async (x) => x + 1, { id: 1 }, undefined, 41);
  log('returned a promise', p instanceof Promise);
  log('resolved', await p);
  try {
    await tc.tracePromise(async () => { throw new Error('nope'); }, { id: 2 });
  } catch (e) {
    log('rejected', e.message);
  }
  log('plain value', await tc.tracePromise(() => 5, { id: 3 }));
  const ch = dc.channel('d03.stores');
  log('runStores without stores', ch.runStores({ v: 1 }, (a) => a * 3, undefined, 2));
  ch.bindStore(store, (msg) => ({ wrapped: msg.v }));
  log('hasSubscribers after bindStore', ch.hasSubscribers);
  ch.subscribe((msg) => log('published', msg, 'store', store.current));
  log('runStores', ch.runStores({ v: 2 }, (a) => { log('inside', store.current); return a; }, undefined, 'ret'));
  log('after', store.current);
  log('unbindStore', ch.unbindStore(store), 'again', ch.unbindStore(store));
  ch.runStores({ v: 3 }, () => log('inside unbound', store.current));
}
main();
