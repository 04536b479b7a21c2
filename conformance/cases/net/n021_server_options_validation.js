// audit: net.js L1737-1790 Server(options): a non-object options is ERR_INVALID_ARG_TYPE('options', 'Object'); highWaterMark / keepAliveInitialDelay must be numbers
'use strict';
const net = require('net');
const { log } = require('../../trace');

for (const o of ['x', { highWaterMark: 'x' }, { keepAliveInitialDelay: 'x' }]) {
  try {
    net.createServer(o);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
