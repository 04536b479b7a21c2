// Bad connect/request/listen/createServer options: thrown synchronously with Node's code and message, nothing left ref'd (the process exits)
'use strict';
const net = require('net');
const http = require('http');
const { log } = require('../../trace');

function attempt(name, fn) {
  try {
    const s = fn();
    if (s && s.on) s.on('error', (e) => log(name, 'async error', e.code));
    if (s && s.destroy) s.destroy();
    log(name, 'accepted');
  } catch (e) {
    log(name, e.code, e.message);
  }
}

for (const port of [-1, 65536, 1.5, NaN, {}, [], true, Infinity, '80x']) {
  attempt(`net port ${JSON.stringify(port)}`, () => net.connect({ port, host: '127.0.0.1' }));
}
for (const port of [-1, 65536, 1.5, {}, Infinity]) {
  attempt(`http port ${JSON.stringify(port)}`, () => http.request({ port, host: '127.0.0.1' }));
}
for (const localAddress of [123, {}, ['x'], true, 'nope', '::1x']) {
  attempt(`localAddress ${JSON.stringify(localAddress)}`,
          () => http.request({ port: 80, host: '127.0.0.1', localAddress }));
}
attempt('localPort', () => net.connect({ port: 80, host: '127.0.0.1', localPort: 'x' }));
attempt('lookup', () => net.connect({ port: 80, host: 'h.test', lookup: 42 }));
attempt('family', () => net.connect({ port: 80, host: 'h.test', family: 5 }));
attempt('hints', () => net.connect({ port: 80, host: 'h.test', hints: -1 }));
attempt('path', () => net.connect({ path: 42 }));
attempt('no port', () => net.connect({ host: '127.0.0.1' }));
attempt('keepAliveInitialDelay', () => new net.Socket({ keepAliveInitialDelay: '1' }));
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('writableObjectMode', () => new net.Socket({ writableObjectMode: 1 }));
attempt('signal', () => net.connect({ port: 80, host: '127.0.0.1', signal: {} }));
attempt('createServer', () => net.createServer(42));
attempt('createServer highWaterMark', () => net.createServer({ highWaterMark: '1' }));
const server = net.createServer();
for (const args of [[{ host: '127.0.0.1' }], [true], [{ port: 1.5 }], [{ port: -1 }], [65536],
                    [{ path: 42 }], [{ port: 0, signal: 'x' }]]) {
  attempt(`listen ${JSON.stringify(args)}`, () => { server.listen(...args); server.close(); });
}
log('end of program');
