// catalogue 27 - doc; test-event-emitter-emit-context.js (probe ee-10)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
log('no listeners', ee.emit('a'));
const f = () => {};
ee.on('a', f);
log('one listener', ee.emit('a'));
ee.on('a', f);
log('two listeners', ee.emit('a'));
ee.removeAllListeners('a');
log('after removeAllListeners', ee.emit('a'));
ee.once('b', f);
log('once: first', ee.emit('b'), 'second', ee.emit('b'));
ee.on('error', f);
log('error with a handler', ee.emit('error', new Error('x')));
