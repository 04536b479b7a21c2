// catalogue 3 - test-event-emitter-remove-listeners.js, test-event-emitter-check-listener-leaks.js (probe ee-17)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function f() {}
log('on', ee.on('a', f) === ee);
log('addListener', ee.addListener('a', f) === ee);
log('once', ee.once('a', f) === ee);
log('prependListener', ee.prependListener('a', f) === ee);
log('prependOnceListener', ee.prependOnceListener('a', f) === ee);
log('removeListener', ee.removeListener('a', f) === ee);
log('off', ee.off('a', f) === ee);
log('removeAllListeners(type)', ee.removeAllListeners('a') === ee);
log('removeAllListeners()', ee.removeAllListeners() === ee);
log('setMaxListeners', ee.setMaxListeners(5) === ee);
