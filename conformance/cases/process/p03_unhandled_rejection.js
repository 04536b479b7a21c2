// 'unhandledRejection' for an async listener that rejects (reason, promise); without that listener it reaches 'uncaughtException' with origin 'unhandledRejection'
'use strict';
const { log } = require('../../trace');
const EventEmitter = require('events');

const ee = new EventEmitter();
ee.on('a', async () => { throw new Error('rejected a'); });
ee.on('b', async () => { throw new Error('rejected b'); });
function onRejection(reason, promise) {
  log('unhandledRejection', reason.message, typeof promise === 'object');
  process.off('unhandledRejection', onRejection);
  ee.emit('b');
}
process.on('unhandledRejection', onRejection);
process.on('uncaughtException', (err, origin) => log('uncaught', err.message, origin));
ee.emit('a');
log('emitted');
