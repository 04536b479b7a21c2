// audit: net.js L2279-2340 Server.close(): every call ends in _emitCloseIfDrained -> nextTick(emitCloseNT), so each close() emits 'close' (the callback of a close() on a stopped server gets ERR_SERVER_NOT_RUNNING)
'use strict';
const net = require('net');
const { log } = require('../../trace');

const s = net.createServer();
s.on('close', () => log('close event'));
s.close((err) => log('cb1', err && err.code));
s.listen(0, '127.0.0.1', () => {
  log('listening');
  s.close((err) => log('cb2', err && err.code));
  s.close((err) => log('cb3', err && err.code));
});
