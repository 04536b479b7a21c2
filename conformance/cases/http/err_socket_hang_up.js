// catalogue 63 - _http_client.js socketOnEnd: a server that closes without answering gives ECONNRESET 'socket hang up'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => sock.destroy());
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('response', () => log('response (not expected)'));
  req.on('error', (err) => {
    log('error', err.code, err.message, err instanceof TypeError);
  });
  req.on('close', () => {
    log('close', 'destroyed', req.destroyed);
    server.close();
  });
});
