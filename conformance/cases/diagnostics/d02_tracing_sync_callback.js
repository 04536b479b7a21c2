// diagnostics_channel: tracingChannel channel names, traceSync (result and throw), traceCallback, subscribe/unsubscribe of handler sets
'use strict';
const dc = require('diagnostics_channel');
const { log } = require('../../trace');

const tc = dc.tracingChannel('d02');
log('names', tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name);
log('hasSubscribers', tc.hasSubscribers);
log('untraced', tc.traceSync((a, b) => a + b, { id: 0 }, undefined, 1, 2));
const show = (ctx) => ({ id: ctx.id, result: ctx.result, error: ctx.error ? ctx.error.message : undefined });
const handlers = {
  start: (ctx, name) => log('start', name, show(ctx)),
  end: (ctx, name) => log('end', name, show(ctx)),
  asyncStart: (ctx, name) => log('asyncStart', name, show(ctx)),
  asyncEnd: (ctx, name) => log('asyncEnd', name, show(ctx)),
  error: (ctx, name) => log('error', name, show(ctx)),
};
tc.subscribe(handlers);
log('hasSubscribers', tc.hasSubscribers);
log('traceSync', tc.traceSync((a, b) => a + b, { id: 1 }, undefined, 1, 2));
try {
  tc.traceSync(() => { throw new Error('boom'); }, { id: 2 });
} catch (e) {
  log('caught', e.message);
}
function work(x, cb) {
  log('work', x);
  setTimeout(() => cb(null, x * 2), 1);
}
function fail(x, cb) {
  setTimeout(() => cb(new Error('bad ' + x)), 1);
}
tc.traceCallback(work, -1, { id: 3 }, undefined, 21, (err, res) => {
  log('callback', err, res);
  tc.traceCallback(fail, 1, { id: 4 }, undefined, 7, (err) => {
    log('callback error', err.message);
    log('unsubscribe', tc.unsubscribe(handlers), 'again', tc.unsubscribe(handlers));
    log('hasSubscribers', tc.hasSubscribers);
    try {
      tc.subscribe({ start: () => {} });
      tc.traceCallback(work, -1, {}, undefined, 1, 'not a function');
    } catch (e) {
      log('bad callback', e.code, e.message);
    }
  });
});
