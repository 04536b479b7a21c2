// catalogue 4 - test-event-emitter-invalid-listener.js (probe ee-07); symbol/bigint have no Python twin
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

class Foo {}
const ee = new EventEmitter();
const values = ['str', 1, 0.5, NaN, Infinity, true, {}, [], Buffer.from('x'), new Foo()];
for (const v of values) {
  try {
    ee.on('foo', v);
    log('did not throw');
  } catch (e) {
    log(e.code, e.message);
  }
}
