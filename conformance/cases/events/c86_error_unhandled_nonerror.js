// catalogue 86 - test-event-emitter-errors.js (probe ee-06)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
for (const v of ['Accepts a string', 42, 2.5, true, null]) {
  try {
    ee.emit('error', v);
  } catch (e) {
    log(e.code, e.message, 'context is the value', e.context === v, 'is an Error', e instanceof Error);
  }
}
try { ee.emit('error'); } catch (e) { log('no argument:', e.code, e.message, 'context is undefined', e.context == null); }
try { ee.emit('error', "it's"); } catch (e) { log('quote:', e.message); }
