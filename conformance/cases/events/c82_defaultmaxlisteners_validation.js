// catalogue 82 - test-event-emitter-max-listeners.js (probe ee-08): the defaultMaxListeners setter
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const show = (label, fn) => {
  try {
    fn();
    log(label, 'ok', EventEmitter.defaultMaxListeners);
  } catch (e) {
    log(label, e.code, e.message, 'TypeError', e instanceof TypeError, 'RangeError', e instanceof RangeError);
  }
};
show('-1', () => { EventEmitter.defaultMaxListeners = -1; });
show('NaN', () => { EventEmitter.defaultMaxListeners = NaN; });
show('"x"', () => { EventEmitter.defaultMaxListeners = 'x'; });
show('null', () => { EventEmitter.defaultMaxListeners = null; });
show('5', () => { EventEmitter.defaultMaxListeners = 5; });
show('0', () => { EventEmitter.defaultMaxListeners = 0; });
show('10', () => { EventEmitter.defaultMaxListeners = 10; });
