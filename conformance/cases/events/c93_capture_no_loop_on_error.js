// catalogue 93 - test-event-capture-rejections.js (avoidLoopOnError)
// Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
'use strict';
const { EventEmitter } = require('events');
const { log } = require('../../trace');

process.on('unhandledRejection', (e) => log('unhandled rejection:', e.message));
const ee = new EventEmitter({ captureRejections: true });
const _err1 = new Error('kaboom');
const _err2 = new Error('kaboom2');
ee.on('something', async () => { throw _err1; });
let calls = 0;
ee.on('error', async (err) => { calls++; log('error handler got', err === _err1, 'calls', calls); throw _err2; });
ee.emit('something');
