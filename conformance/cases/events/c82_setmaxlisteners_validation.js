// catalogue 82 - test-event-emitter-max-listeners.js (probe ee-08)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const show = (label, fn) => {
  try {
    const r = fn();
    log(label, 'ok', r === ee ? 'returns this' : r);
  } catch (e) {
    log(label, e.code, e.message, 'TypeError', e instanceof TypeError, 'RangeError', e instanceof RangeError);
  }
};
show('-1', () => ee.setMaxListeners(-1));
show('NaN', () => ee.setMaxListeners(NaN));
show('-Infinity', () => ee.setMaxListeners(-Infinity));
show('"x"', () => ee.setMaxListeners('x'));
show('null', () => ee.setMaxListeners(null));
show('{}', () => ee.setMaxListeners({}));
show('true', () => ee.setMaxListeners(true));
show('no argument', () => ee.setMaxListeners());
show('1.5', () => ee.setMaxListeners(1.5));
show('0', () => ee.setMaxListeners(0));
show('Infinity', () => ee.setMaxListeners(Infinity));
show('7', () => ee.setMaxListeners(7));
log('getMaxListeners', ee.getMaxListeners());
