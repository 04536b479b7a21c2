// catalogue 15 - test-event-emitter-symbols.js (probe ee-10); a Symbol is an object() sentinel in Python
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const foo = Symbol('foo');
let calls = 0;
const listener = () => calls++;
ee.on(foo, listener);
log('listeners', ee.listeners(foo).length, ee.listeners(foo)[0] === listener);
log('eventNames holds the symbol', ee.eventNames().length, ee.eventNames()[0] === foo);
log('emit', ee.emit(foo), 'calls', calls);
ee.removeAllListeners();
log('after removeAllListeners()', ee.listeners(foo).length);
ee.on(foo, listener);
log('re-added', ee.listeners(foo).length);
ee.removeListener(foo, listener);
log('after removeListener', ee.listeners(foo).length, 'emit', ee.emit(foo));
ee.on(foo, listener);
ee.removeAllListeners(foo);
log('after removeAllListeners(sym)', ee.listenerCount(foo), ee.eventNames().length);
