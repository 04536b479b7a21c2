// catalogue 52 - test-event-emitter-remove-listeners.js (probe ee-02)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function a() {}
function notThere() {}
ee.on('hello', a);
ee.on('removeListener', (ev, fn) => log('removeListener', ev, fn.name));
log('unknown fn returns this', ee.removeListener('hello', notThere) === ee);
log('unknown event returns this', ee.removeListener('nope', a) === ee);
log('off unknown returns this', ee.off('nope', notThere) === ee);
log('hello still', ee.listenerCount('hello'));
const fresh = new EventEmitter();
log('fresh emitter removeListener returns this', fresh.removeListener('x', a) === fresh, 'eventNames', fresh.eventNames());
