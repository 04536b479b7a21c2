// test-http-client-timeout-option.js: the timeout option emits 'timeout' on the request when the server never answers; destroy() then gives socket hang up
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false, timeout: 50 });
  log('req.timeout', req.timeout);
  req.on('socket', (socket) => log('socket timeout', socket.timeout));
  req.on('timeout', () => {
    log('timeout');
    req.destroy();
  });
  req.on('error', (err) => log('error', err.code, err.message));
  req.on('close', () => {
    log('close');
    server.close();
  });
});
