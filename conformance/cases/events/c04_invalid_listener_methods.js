// catalogue 4, 5 - test-event-emitter-invalid-listener.js (probe ee-07)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const methods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
  'removeListener', 'off'];
for (const m of methods) {
  try {
    ee[m]('foo', null);
    log(m, 'did not throw');
  } catch (e) {
    log(m, e.code, e.message, 'TypeError', e instanceof TypeError);
  }
}
log('eventNames', ee.eventNames());
