// catalogue 63 - test-event-emitter-remove-all-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const symbol = Symbol('symbol');
function noop() { log('noop must not be called'); }
ee.on(symbol, noop);
ee.on('removeListener', (...args) => log('removeListener args', args.length, args[0] === symbol, args[1] === noop));
ee.removeAllListeners();
log('eventNames', ee.eventNames());
