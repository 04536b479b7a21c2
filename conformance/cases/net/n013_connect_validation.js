// audit: net.js L1284-1320 lookupAndConnect validates localAddress (ERR_INVALID_IP_ADDRESS), localPort, port type, autoSelectFamily, lookup; L1244 validateString(path); L359-384 Socket() rejects objectMode and a non-number keepAliveInitialDelay
'use strict';
const net = require('net');
const { log } = require('../../trace');

const cases = [
  { port: 80, host: '127.0.0.1', localAddress: 'nope' },
  { port: 80, host: '127.0.0.1', localPort: 'x' },
  { port: true },
  { port: 80, host: '127.0.0.1', autoSelectFamily: 'x' },
  { port: 80, host: 'example.invalid', lookup: 'x' },
  { path: 42 },
];
for (const o of cases) {
  try {
    const s = net.createConnection(o);
    s.on('error', () => {});
    s.destroy();
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
for (const o of [{ objectMode: true }, { readableObjectMode: true }, { keepAliveInitialDelay: 'x' }]) {
  try {
    new net.Socket(o);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
