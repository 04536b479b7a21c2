// catalogue 90 - test-event-capture-rejections.js (defaultValue) (probe ee-13)
// Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

process.on('unhandledRejection', (e) => log('unhandled rejection:', e.message));
const ee = new EventEmitter();
ee.on('error', () => log('error listener must not be called'));
ee.on('x', async () => { throw new Error('uncaptured'); });
log('emit returns', ee.emit('x'));
