// catalogue 86 - test-event-emitter-errors.js (probe ee-06): util.inspect of objects in the message
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
class MyErr {}
for (const v of [{ message: 'Error!' }, [1, 'a'], {}, new MyErr()]) {
  try {
    ee.emit('error', v);
  } catch (e) {
    log(e.code, e.message, 'context is the value', e.context === v);
  }
}
