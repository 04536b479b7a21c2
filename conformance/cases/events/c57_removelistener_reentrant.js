// catalogue 57 - test-event-emitter-remove-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function remove1() { log('remove1 should not have been called'); }
function remove2() { log('remove2 should not have been called'); }
ee.on('removeListener', (name, cb) => {
  log('removeListener', name, cb.name);
  if (cb !== remove1) return;
  ee.removeListener('quux', remove2);
  log('re-entrant emit quux returns', ee.emit('quux'));
});
ee.on('quux', remove1);
ee.on('quux', remove2);
ee.removeListener('quux', remove1);
log('quux left', ee.listenerCount('quux'), 'eventNames', ee.eventNames());
