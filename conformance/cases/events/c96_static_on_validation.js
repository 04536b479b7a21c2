// catalogue 96 - test-events-on-async-iterator.js (invalid watermarks, signal) (probe ee-15)
'use strict';
const { on, EventEmitter } = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
for (const [label, opts] of [
  ['highWaterMark 0', { highWaterMark: 0 }],
  ['highWaterMark 1.5', { highWaterMark: 1.5 }],
  ['highWaterMark "x"', { highWaterMark: 'x' }],
  ['lowWaterMark 0', { lowWaterMark: 0 }],
  ['signal "bad"', { signal: 'bad' }],
]) {
  try { on(ee, 'foo', opts); log(label, 'accepted'); } catch (e) {
    log(label, e.code, e.message, 'TypeError', e instanceof TypeError, 'RangeError', e instanceof RangeError);
  }
}
log('listeners attached by failed calls', ee.listenerCount('foo'));
