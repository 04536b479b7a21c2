// test-http-client-abort-destroy.js: req.destroy() once the socket is assigned (no response yet): 'error' socket hang up, 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('socket', (socket) => {
    log('socket');
    socket.on('connect', () => {
      log('connect');
      req.destroy();
      log('destroyed', req.destroyed);
    });
    socket.on('close', () => log('socket close'));
  });
  req.on('error', (err) => log('error', err.code, err.message));
  req.on('close', () => {
    log('close');
    server.close();
  });
});
