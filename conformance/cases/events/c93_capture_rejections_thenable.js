// catalogue 93 - test-event-capture-rejections.js (thenable, thenableThatThrows)
'use strict';
const { EventEmitter } = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter({ captureRejections: true });
let reads = 0;
ee.on('something', () => {
  const obj = {};
  Object.defineProperty(obj, 'then', { get: () => { reads++; throw new Error('then getter threw'); } });
  return obj;
});
ee.on('error', (err) => log('error emitted synchronously:', err.message, 'then reads', reads));
ee.emit('something');
log('after emit');
