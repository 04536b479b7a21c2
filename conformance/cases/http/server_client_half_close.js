// audit: _http_server.js L801-817 socketOnEnd only ends the socket (httpAllowHalfOpen false); requests are aborted by socketOnClose (L787-791) once the socket closed, not on 'end'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request');
  req.socket.on('end', () => log('socket end'));
  req.socket.on('finish', () => log('socket finish'));
  req.on('aborted', () => log('req aborted', req.socket.destroyed));
  req.on('close', () => log('req close'));
  res.on('close', () => log('res close', res.writableFinished));
  setTimeout(() => {
    log('respond', res.socket !== null && res.socket.writable);
    res.end('ok');
    server.close();
  }, 50);
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  c.on('data', () => {});
  c.on('end', () => c.destroy());
});
