// catalogue 90 - test-event-capture-rejections.js (captureRejections, captureRejectionsTwoHandlers) (probe ee-13)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter({ captureRejections: true });
const _err = new Error('kaboom');
ee.on('something', async (value) => { throw _err; });
ee.on('something', async (value) => { throw _err; });
let count = 0;
ee.on('error', (err) => { count++; log('routed to error', count, err === _err); });
log('emit returns', ee.emit('something', 1));
log('errors so far (routing is asynchronous)', count);
const ee3 = new EventEmitter({ captureRejections: true });
ee3.on('s', () => { throw new Error('sync'); });
try { ee3.emit('s'); } catch (e) { log('sync throw still propagates:', e.message); }
