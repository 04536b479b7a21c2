// process.emitWarning: delivered on a later tick through 'warning'; string/type/code/options/Error forms; validation; the MaxListenersExceededWarning goes the same way
'use strict';
const { log } = require('../../trace');
const EventEmitter = require('events');

process.removeAllListeners('warning');  // Node's default printer: not part of the trace
process.on('warning', (w) => log('warning', w.name, w.message, w.code, w.detail, w instanceof Error));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'CODE2', detail: 'some detail' });
const err = new Error('an error');
process.emitWarning(err);
for (const bad of [[1], [{}], ['x', 1], ['x', 'T', 2]]) {
  try { process.emitWarning(...bad); } catch (e) { log('error', e.code, e.message); }
}
const ee = new EventEmitter();
ee.setMaxListeners(1);
ee.on('x', () => {});
ee.on('x', () => {});
log('sync code done');
process.nextTick(() => log('tick queued after the warnings'));
