// _http_client.js (options.signal): aborting once the request is connected gives AbortError, then 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => server.emit('got request'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const controller = new AbortController();
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false, signal: controller.signal });
  req.on('socket', () => log('socket'));
  req.on('finish', () => log('finish'));
  req.on('abort', () => log('abort (not expected)'));
  req.on('error', (err) => log('error', err.code, err.name, err.message));
  req.on('close', () => {
    log('close', 'destroyed', req.destroyed);
    server.close();
  });
  server.on('got request', () => {
    log('server got the request; aborting');
    controller.abort();
  });
});
