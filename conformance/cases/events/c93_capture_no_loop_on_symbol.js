// catalogue 93, 91 - test-event-capture-rejections.js (avoidLoopOnRejection)
// Node's process.on('unhandledRejection') <-> process.run() raising the unhandled failure in Python.
'use strict';
const { EventEmitter, captureRejectionSymbol } = require('events');
const { log } = require('../../trace');

process.on('unhandledRejection', (e) => log('unhandled rejection:', e.message));
const ee = new EventEmitter({ captureRejections: true });
const _err1 = new Error('kaboom');
const _err2 = new Error('kaboom2');
ee.on('something', async () => { throw _err1; });
ee[captureRejectionSymbol] = async (err) => { log('async hook got', err === _err1); throw _err2; };
ee.emit('something');
